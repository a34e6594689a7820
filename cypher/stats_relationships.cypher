// name: stats_relationships
// mode: read
// Relationship count per type (from the count store: one row per type, zeros included).
MATCH ()-[r:HOSTED]->() RETURN 'HOSTED' AS type, count(r) AS count
UNION ALL
MATCH ()-[r:LEADS]->() RETURN 'LEADS' AS type, count(r) AS count
UNION ALL
MATCH ()-[r:LOCATED_IN]->() RETURN 'LOCATED_IN' AS type, count(r) AS count
UNION ALL
MATCH ()-[r:MENTIONED_IN]->() RETURN 'MENTIONED_IN' AS type, count(r) AS count
UNION ALL
MATCH ()-[r:PARTNERED_WITH]->() RETURN 'PARTNERED_WITH' AS type, count(r) AS count
UNION ALL
MATCH ()-[r:PART_OF]->() RETURN 'PART_OF' AS type, count(r) AS count
UNION ALL
MATCH ()-[r:RECEIVED]->() RETURN 'RECEIVED' AS type, count(r) AS count
UNION ALL
MATCH ()-[r:WORKS_AT]->() RETURN 'WORKS_AT' AS type, count(r) AS count
