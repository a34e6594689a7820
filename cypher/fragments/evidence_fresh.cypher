// fragment: evidence_fresh
// The evidence of a relationship, part 1 of 2 (after `MERGE (s)-[r:TYPE]->(t)`
// and relationship_before; see evidence_append for part 2 and
// relationship_changes for the end). Evidence is kept on the relationship as
// parallel lists: evidence_article_ids, _sentences, _starts, _ends (LEADS adds
// _as_of and _titles). An entry is known by its (article id, start): `stored`
// counts the entries there and `fresh` holds the row's entries not stored
// yet, so a re-ingest never grows the lists. The test reads the stored ids
// once and compares in place (no key strings built: on a hub relationship
// with thousands of entries that was most of the cost). A query may narrow
// `fresh` or write its own lists between the two parts.
// $rows: [{…, evidence: [{article_id, sentence, start, end}]}]
WITH r, row, created, before, coalesce(r.evidence_article_ids, []) AS ids
WITH r, row, created, before, size(ids) AS stored,
     [e IN row.evidence WHERE NOT (e.article_id IN ids
                                   AND any(i IN range(0, size(ids) - 1) WHERE ids[i] = e.article_id AND r.evidence_starts[i] = e.start))] AS fresh
