// name: ingest_dump_nodes
// mode: read
// Every node with its labels and properties, ordered by id (canonical dump).
MATCH (n)
RETURN labels(n) AS labels, properties(n) AS properties
ORDER BY n.id
