// name: ingest_existing_unions
// mode: read
// Which of the given Union ids are in the graph already (read before a batch
// is written, so the batch's new federations can be linked to their children).
// include: planned_once
UNWIND $ids AS id
MATCH (u:Union {id: id})
RETURN u.id AS id
