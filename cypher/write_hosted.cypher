// name: write_hosted
// mode: write
// Merge HOSTED relationships (Union|Enterprise|Organisation -> Programme): a body hosted a programme: role (first stated).
// Evidence: the shared pattern (fragments/evidence_fresh, evidence_append).
// $rows: [{source, target, <properties>, evidence: [{article_id, sentence, start, end}]}]
// include: planned_once
UNWIND $rows AS row
OPTIONAL MATCH (s0:Union {id: row.source})
OPTIONAL MATCH (s1:Enterprise {id: row.source})
OPTIONAL MATCH (s2:Organisation {id: row.source})
MATCH (t:Programme {id: row.target})
WITH row, coalesce(s0, s1, s2) AS s, t AS t
WHERE s IS NOT NULL AND t IS NOT NULL
MERGE (s)-[r:HOSTED]->(t)
// include: relationship_before
// include: evidence_fresh
// include: evidence_append
SET r.role = coalesce(r.role, row.role)
// include: relationship_changes
