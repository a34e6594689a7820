// name: ingest_retract_evidence
// mode: write
// Remove the evidence entries of the given articles from the domain
// relationships (the parallel lists together: four, and on LEADS also
// evidence_as_of and evidence_titles), then delete relationships
// left with no evidence. Used only when an article changed or was dropped.
// changes: per relationship, 'retracted' (deleted) or 'changed' (it keeps
// other evidence), with the evidence taken back (the change feed).
// A PART_OF derived from geography is deleted whole (its evidence names the
// ends, not a statement): the writer derives it again, with fresh evidence,
// when both ends are still there (graph/hierarchy.py).
// A relationship read from an article has its ends mentioned in that article,
// so the search starts from the articles (unique-index seeks) and expands to
// the relationships of the entities they mention: no scan of every relationship.
UNWIND $article_ids AS aid
MATCH (:Article {id: aid})<-[:MENTIONED_IN]-(n)-[r:PART_OF|LEADS|HOSTED|PARTNERED_WITH|RECEIVED|WORKS_AT]-()
WITH DISTINCT r
WHERE any(aid IN r.evidence_article_ids WHERE aid IN $article_ids)
WITH r, [i IN range(0, size(r.evidence_article_ids) - 1) WHERE NOT r.evidence_article_ids[i] IN $article_ids] AS keep,
     [i IN range(0, size(r.evidence_article_ids) - 1) WHERE r.evidence_article_ids[i] IN $article_ids] AS gone
WITH r, keep, [i IN gone | r.evidence_article_ids[i]] AS gone_ids, [i IN gone | r.evidence_sentences[i]] AS gone_sentences
SET r.evidence_sentences = [i IN keep | r.evidence_sentences[i]],
    r.evidence_starts = [i IN keep | r.evidence_starts[i]],
    r.evidence_ends = [i IN keep | r.evidence_ends[i]],
    r.evidence_article_ids = [i IN keep | r.evidence_article_ids[i]],
    r.evidence_as_of = CASE WHEN r.evidence_as_of IS NULL THEN null ELSE [i IN keep | coalesce(r.evidence_as_of[i], '')] END,
    r.evidence_titles = CASE WHEN r.evidence_titles IS NULL THEN null ELSE [i IN keep | coalesce(r.evidence_titles[i], '')] END,
    r.last_changed = toString(datetime.transaction())
WITH r, type(r) AS type, size(keep) = 0 OR r.basis = 'geography' AS empty,
     {source: startNode(r).id, target: endNode(r).id, article_ids: gone_ids, sentences: gone_sentences} AS change
CALL (r, empty) {
  WITH r WHERE empty
  DELETE r
}
RETURN type, count(*) AS touched, sum(CASE WHEN empty THEN 1 ELSE 0 END) AS deleted,
       collect(change {.*, kind: CASE WHEN empty THEN 'retracted' ELSE 'changed' END}) AS changes
