// name: write_leads
// mode: write
// Merge LEADS relationships (Person -> Union|Enterprise|Organisation): a person's office: title (the latest dated statement wins, else the first), as_of = the article date.
// Evidence: the shared pattern (fragments/evidence_fresh, evidence_append),
// with two more parallel lists written between its two parts: evidence_as_of (the article's date, '' when it states none) and
// evidence_titles (the office as that evidence states it, '' when none), so
// who held an office on a date can be read (api_union_leaders_on).
// $rows: [{source, target, title, as_of, evidence: [{article_id, sentence, start, end, as_of, title}]}]
// include: planned_once
UNWIND $rows AS row
MATCH (s:Person {id: row.source})
OPTIONAL MATCH (t0:Union {id: row.target})
OPTIONAL MATCH (t1:Enterprise {id: row.target})
OPTIONAL MATCH (t2:Organisation {id: row.target})
WITH row, s, coalesce(t0, t1, t2) AS t
WHERE s IS NOT NULL AND t IS NOT NULL
MERGE (s)-[r:LEADS]->(t)
// include: relationship_before
// include: evidence_fresh
SET r.evidence_as_of = coalesce(r.evidence_as_of, [x IN range(1, stored) | '']) + [e IN fresh | coalesce(e.as_of, '')],
    r.evidence_titles = coalesce(r.evidence_titles, [x IN range(1, stored) | '']) + [e IN fresh | coalesce(e.title, '')]
// include: evidence_append
SET r.title = CASE WHEN r.title IS NULL OR (row.as_of IS NOT NULL AND (r.as_of IS NULL OR row.as_of > r.as_of))
                   THEN coalesce(row.title, r.title) ELSE r.title END,
    r.as_of = CASE WHEN r.as_of IS NULL OR row.as_of > r.as_of THEN row.as_of ELSE r.as_of END
// include: relationship_changes
