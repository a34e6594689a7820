// name: ingest_dump_nodes
// mode: read
// Every node with its labels and properties, ordered by id (canonical dump).
// The change feed's :Change nodes are left out (they record ingest times).
MATCH (n) WHERE NOT n:Change
RETURN labels(n) AS labels, properties(n) AS properties
ORDER BY n.id
