// name: write_partnered_with
// mode: write
// Merge PARTNERED_WITH relationships (Union|Enterprise|Organisation -> Union|Enterprise|Organisation): undirected, stored once from the smaller id to the larger: agreement (first stated).
// Evidence: the shared pattern (fragments/evidence_fresh, evidence_append).
// $rows: [{source, target, <properties>, evidence: [{article_id, sentence, start, end}]}]
// include: planned_once
UNWIND $rows AS row
OPTIONAL MATCH (s0:Union {id: row.source})
OPTIONAL MATCH (s1:Enterprise {id: row.source})
OPTIONAL MATCH (s2:Organisation {id: row.source})
OPTIONAL MATCH (t0:Union {id: row.target})
OPTIONAL MATCH (t1:Enterprise {id: row.target})
OPTIONAL MATCH (t2:Organisation {id: row.target})
WITH row, coalesce(s0, s1, s2) AS s, coalesce(t0, t1, t2) AS t
WHERE s IS NOT NULL AND t IS NOT NULL
MERGE (s)-[r:PARTNERED_WITH]->(t)
// include: relationship_before
// include: evidence_fresh
// include: evidence_append
SET r.agreement = coalesce(r.agreement, row.agreement)
// include: relationship_changes
