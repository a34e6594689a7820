// name: write_leads
// mode: write
// Merge LEADS relationships (Person -> Union|Enterprise|Organisation): a person's office: title (the latest dated statement wins, else the first), as_of = the article date.
// Evidence is kept as parallel lists (evidence_article_ids, _sentences,
// _starts, _ends); an entry is appended only when its (article id, start) is
// not there yet, so a re-ingest never grows them. Two more parallel lists:
// evidence_as_of (the article's date, '' when it states none) and
// evidence_titles (the office as that evidence states it, '' when none), so
// who held an office on a date can be read (api_union_leaders_on).
// $rows: [{source, target, title, as_of, evidence: [{article_id, sentence, start, end, as_of, title}]}]
// Planned once (replan=skip): every start point is a unique-index seek on
// $parameters, so the plan made on an empty graph stays the best one and a
// growing graph does not trigger costly replans in the middle of an ingest.
CYPHER replan=skip
UNWIND $rows AS row
MATCH (s:Person {id: row.source})
OPTIONAL MATCH (t0:Union {id: row.target})
OPTIONAL MATCH (t1:Enterprise {id: row.target})
OPTIONAL MATCH (t2:Organisation {id: row.target})
WITH row, s, coalesce(t0, t1, t2) AS t
WHERE s IS NOT NULL AND t IS NOT NULL
MERGE (s)-[r:LEADS]->(t)
WITH r, row, [i IN range(0, size(coalesce(r.evidence_article_ids, [])) - 1)
              | r.evidence_article_ids[i] + '#' + toString(r.evidence_starts[i])] AS seen
WITH r, row, seen, [e IN row.evidence WHERE NOT e.article_id + '#' + toString(e.start) IN seen] AS fresh
SET r.evidence_as_of = coalesce(r.evidence_as_of, [x IN seen | '']) + [e IN fresh | coalesce(e.as_of, '')],
    r.evidence_titles = coalesce(r.evidence_titles, [x IN seen | '']) + [e IN fresh | coalesce(e.title, '')]
SET r.evidence_article_ids = coalesce(r.evidence_article_ids, []) + [e IN fresh | e.article_id],
    r.evidence_sentences = coalesce(r.evidence_sentences, []) + [e IN fresh | e.sentence],
    r.evidence_starts = coalesce(r.evidence_starts, []) + [e IN fresh | e.start],
    r.evidence_ends = coalesce(r.evidence_ends, []) + [e IN fresh | e.end]
SET r.title = CASE WHEN r.title IS NULL OR (row.as_of IS NOT NULL AND (r.as_of IS NULL OR row.as_of > r.as_of))
                   THEN coalesce(row.title, r.title) ELSE r.title END,
    r.as_of = CASE WHEN r.as_of IS NULL OR row.as_of > r.as_of THEN row.as_of ELSE r.as_of END
RETURN count(r) AS merged
