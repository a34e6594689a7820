// name: ingest_delete_orphans
// mode: write
// Delete (with their relationships) the given entities that no article
// mentions any more; `gone`: their ids and names (the change feed).
MATCH (n)
WHERE elementId(n) IN $element_ids AND NOT (n)-[:MENTIONED_IN]->()
WITH n, labels(n)[0] AS label, {id: n.id, name: n.name} AS gone
DETACH DELETE n
RETURN label, count(*) AS deleted, collect(gone) AS gone
