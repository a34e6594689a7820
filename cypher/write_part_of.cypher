// name: write_part_of
// mode: write
// Merge PART_OF relationships (Union -> Union|Enterprise|Organisation): a union and its direct parent (Union, or the Enterprise/Organisation it belongs to).
// Evidence is kept as parallel lists (evidence_article_ids, _sentences,
// _starts, _ends); an entry is appended only when its (article id, start) is
// not there yet, so a re-ingest never grows them. basis (sentence, geography,
// name, article) and region_codes (geography: the child's and the parent's
// codes) keep the first value stated; see graph/hierarchy.py. A geography row
// adds evidence only to a link that has none: its entries name the two ends,
// and appending one a page would grow the lists of hub links (province →
// 全总) with every ingest (the link is derived again, with fresh evidence,
// when its evidence is taken back).
// $rows: [{source, target, basis, region_codes, evidence: [{article_id, sentence, start, end}]}]
// Planned once (replan=skip): every start point is a unique-index seek on
// $parameters, so the plan made on an empty graph stays the best one and a
// growing graph does not trigger costly replans in the middle of an ingest.
CYPHER replan=skip
UNWIND $rows AS row
MATCH (s:Union {id: row.source})
OPTIONAL MATCH (t0:Union {id: row.target})
OPTIONAL MATCH (t1:Enterprise {id: row.target})
OPTIONAL MATCH (t2:Organisation {id: row.target})
WITH row, s, coalesce(t0, t1, t2) AS t
WHERE s IS NOT NULL AND t IS NOT NULL
MERGE (s)-[r:PART_OF]->(t)
WITH r, row, [i IN range(0, size(coalesce(r.evidence_article_ids, [])) - 1)
              | r.evidence_article_ids[i] + '#' + toString(r.evidence_starts[i])] AS seen
WITH r, row, [e IN row.evidence WHERE NOT e.article_id + '#' + toString(e.start) IN seen
                                 AND (coalesce(row.basis, '') <> 'geography' OR size(seen) = 0)] AS fresh
SET r.evidence_article_ids = coalesce(r.evidence_article_ids, []) + [e IN fresh | e.article_id],
    r.evidence_sentences = coalesce(r.evidence_sentences, []) + [e IN fresh | e.sentence],
    r.evidence_starts = coalesce(r.evidence_starts, []) + [e IN fresh | e.start],
    r.evidence_ends = coalesce(r.evidence_ends, []) + [e IN fresh | e.end]
SET r.basis = coalesce(r.basis, row.basis), r.region_codes = coalesce(r.region_codes, row.region_codes)
RETURN count(r) AS merged
