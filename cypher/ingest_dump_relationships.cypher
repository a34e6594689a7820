// name: ingest_dump_relationships
// mode: read
// Every relationship with its type, end ids and properties (canonical dump).
MATCH (s)-[r]->(t)
RETURN type(r) AS type, s.id AS source, t.id AS target, properties(r) AS properties
ORDER BY type, source, target
