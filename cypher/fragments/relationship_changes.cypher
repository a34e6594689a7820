// fragment: relationship_changes
// The end of a relationship write (`r`, `created`, `before` from
// relationship_before, and `fresh` in scope): the change feed's bookkeeping
// and the query's result. A new relationship is 'added'; one that gained
// evidence or whose other properties differ now (a property stated for the
// first time) is 'changed'; otherwise nothing is recorded, so a page written
// again unchanged adds nothing. first_seen and last_changed are the ingest
// transaction's time (ISO 8601, UTC), not the article's date. Result: merged
// (rows that found both ends) and changes, one map per added or changed
// relationship with the evidence it gained (graph/changes.py writes them as
// :Change nodes).
WITH r, fresh, created,
     size(fresh) > 0 OR before <> [k IN keys(r) WHERE NOT k STARTS WITH 'evidence_' | [k, r[k]]] AS changed
SET r.first_seen = coalesce(r.first_seen, toString(datetime.transaction())),
    r.last_changed = CASE WHEN created OR changed THEN toString(datetime.transaction()) ELSE r.last_changed END
RETURN count(r) AS merged,
       collect(CASE WHEN created OR changed THEN {kind: CASE WHEN created THEN 'added' ELSE 'changed' END,
               source: startNode(r).id, target: endNode(r).id,
               article_ids: [e IN fresh | e.article_id], sentences: [e IN fresh | e.sentence]} END) AS changes
