// name: write_works_at
// mode: write
// Merge WORKS_AT relationships (Person -> Union|Enterprise|Organisation): a person works at a body without an office: role (first stated).
// Evidence: the shared pattern (fragments/evidence_fresh, evidence_append).
// $rows: [{source, target, <properties>, evidence: [{article_id, sentence, start, end}]}]
// include: planned_once
UNWIND $rows AS row
MATCH (s:Person {id: row.source})
OPTIONAL MATCH (t0:Union {id: row.target})
OPTIONAL MATCH (t1:Enterprise {id: row.target})
OPTIONAL MATCH (t2:Organisation {id: row.target})
WITH row, s, coalesce(t0, t1, t2) AS t
WHERE s IS NOT NULL AND t IS NOT NULL
MERGE (s)-[r:WORKS_AT]->(t)
// include: relationship_before
// include: evidence_fresh
// include: evidence_append
SET r.role = coalesce(r.role, row.role)
// include: relationship_changes
