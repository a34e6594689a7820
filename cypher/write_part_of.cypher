// name: write_part_of
// mode: write
// Merge PART_OF relationships (Union -> Union|Enterprise|Organisation): a union and its direct parent (Union, or the Enterprise/Organisation it belongs to).
// Evidence: the shared pattern (fragments/evidence_fresh, evidence_append).
// basis (sentence, geography, name, article) and region_codes (geography: the child's and the parent's
// codes) keep the first value stated; see graph/hierarchy.py. A geography row
// adds evidence only to a link that has none: its entries name the two ends,
// and appending one a page would grow the lists of hub links (province →
// 全总) with every ingest (the link is derived again, with fresh evidence,
// when its evidence is taken back).
// $rows: [{source, target, basis, region_codes, evidence: [{article_id, sentence, start, end}]}]
// include: planned_once
UNWIND $rows AS row
MATCH (s:Union {id: row.source})
OPTIONAL MATCH (t0:Union {id: row.target})
OPTIONAL MATCH (t1:Enterprise {id: row.target})
OPTIONAL MATCH (t2:Organisation {id: row.target})
WITH row, s, coalesce(t0, t1, t2) AS t
WHERE s IS NOT NULL AND t IS NOT NULL
MERGE (s)-[r:PART_OF]->(t)
// include: relationship_before
// include: evidence_fresh
WITH r, row, created, before, stored, [e IN fresh WHERE coalesce(row.basis, '') <> 'geography' OR stored = 0] AS fresh
// include: evidence_append
SET r.basis = coalesce(r.basis, row.basis), r.region_codes = coalesce(r.region_codes, row.region_codes)
// include: relationship_changes
