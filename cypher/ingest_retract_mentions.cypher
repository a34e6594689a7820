// name: ingest_retract_mentions
// mode: write
// Delete the MENTIONED_IN links to the given articles; return the element ids
// of the entities that had them (candidates for ingest_delete_orphans), with
// their ids and whether they are unions (their PART_OF is derived again),
// label and name; their last_changed becomes now (the change feed).
UNWIND $article_ids AS aid
MATCH (:Article {id: aid})<-[m:MENTIONED_IN]-(n)
DELETE m
WITH DISTINCT n
SET n.last_changed = toString(datetime.transaction())
RETURN elementId(n) AS element_id, n.id AS id, n:Union AS is_union, labels(n)[0] AS label, n.name AS name
