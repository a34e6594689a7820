// name: write_received
// mode: write
// Merge RECEIVED relationships (Person|Union|Enterprise|Organisation -> Award): an honour conferred: year, conferred_by (entity id), first stated.
// Evidence is kept as parallel lists (evidence_article_ids, _sentences,
// _starts, _ends); an entry is appended only when its (article id, start) is
// not there yet, so a re-ingest never grows them.
// $rows: [{source, target, <properties>, evidence: [{article_id, sentence, start, end}]}]
// Planned once (replan=skip): every start point is a unique-index seek on
// $parameters, so the plan made on an empty graph stays the best one and a
// growing graph does not trigger costly replans in the middle of an ingest.
CYPHER replan=skip
UNWIND $rows AS row
OPTIONAL MATCH (s0:Person {id: row.source})
OPTIONAL MATCH (s1:Union {id: row.source})
OPTIONAL MATCH (s2:Enterprise {id: row.source})
OPTIONAL MATCH (s3:Organisation {id: row.source})
MATCH (t:Award {id: row.target})
WITH row, coalesce(s0, s1, s2, s3) AS s, t AS t
WHERE s IS NOT NULL AND t IS NOT NULL
MERGE (s)-[r:RECEIVED]->(t)
WITH r, row, [i IN range(0, size(coalesce(r.evidence_article_ids, [])) - 1)
              | r.evidence_article_ids[i] + '#' + toString(r.evidence_starts[i])] AS seen
WITH r, row, [e IN row.evidence WHERE NOT e.article_id + '#' + toString(e.start) IN seen] AS fresh
SET r.evidence_article_ids = coalesce(r.evidence_article_ids, []) + [e IN fresh | e.article_id],
    r.evidence_sentences = coalesce(r.evidence_sentences, []) + [e IN fresh | e.sentence],
    r.evidence_starts = coalesce(r.evidence_starts, []) + [e IN fresh | e.start],
    r.evidence_ends = coalesce(r.evidence_ends, []) + [e IN fresh | e.end]
SET r.year = coalesce(r.year, row.year), r.conferred_by = coalesce(r.conferred_by, row.conferred_by)
RETURN count(r) AS merged
