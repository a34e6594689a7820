// fragment: evidence_fresh
// The evidence of a relationship, part 1 of 2 (after `MERGE (s)-[r:TYPE]->(t)`
// and `WITH r, row, properties(r) AS before`; see evidence_append for part 2
// and relationship_changes for the end). Evidence is kept on the relationship
// as parallel lists: evidence_article_ids, _sentences, _starts, _ends (LEADS
// adds _as_of and _titles). An entry is known by its (article id, start):
// `seen` holds the stored keys and `fresh` the row's entries not stored yet,
// so a re-ingest never grows the lists. A query may narrow `fresh` or write
// its own lists between the two parts.
// $rows: [{…, evidence: [{article_id, sentence, start, end}]}]
WITH r, row, before, [i IN range(0, size(coalesce(r.evidence_article_ids, [])) - 1)
              | r.evidence_article_ids[i] + '#' + toString(r.evidence_starts[i])] AS seen
WITH r, row, before, seen, [e IN row.evidence WHERE NOT e.article_id + '#' + toString(e.start) IN seen] AS fresh
