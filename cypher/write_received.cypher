// name: write_received
// mode: write
// Merge RECEIVED relationships (Person|Union|Enterprise|Organisation -> Award): an honour conferred: year, conferred_by (entity id), first stated.
// Evidence: the shared pattern (fragments/evidence_fresh, evidence_append).
// $rows: [{source, target, <properties>, evidence: [{article_id, sentence, start, end}]}]
// include: planned_once
UNWIND $rows AS row
OPTIONAL MATCH (s0:Person {id: row.source})
OPTIONAL MATCH (s1:Union {id: row.source})
OPTIONAL MATCH (s2:Enterprise {id: row.source})
OPTIONAL MATCH (s3:Organisation {id: row.source})
MATCH (t:Award {id: row.target})
WITH row, coalesce(s0, s1, s2, s3) AS s, t AS t
WHERE s IS NOT NULL AND t IS NOT NULL
MERGE (s)-[r:RECEIVED]->(t)
// include: relationship_before
// include: evidence_fresh
// include: evidence_append
SET r.year = coalesce(r.year, row.year), r.conferred_by = coalesce(r.conferred_by, row.conferred_by)
// include: relationship_changes
