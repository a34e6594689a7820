// name: api_changes
// mode: read
// GET /changes and unionkg changes: the change feed (graph/changes.py) after
// $since (an ISO 8601 date-time with its offset), newest first (ingest time,
// then the order within the batch), $offset/$limit items, `total` counting
// all. Each item: kind (added, changed, retracted), entity (node or
// relationship), label (a node label or relationship type), id and name of a
// node or source and target of a relationship, at (ISO 8601, UTC), and its
// evidence: the first $evidence_limit of the articles involved (with title
// and date while the article is still stored) and the sentence, for a
// relationship; evidence_total counts them all. Range seeks on Change.at.
CALL () {
  MATCH (c:Change) WHERE c.at > datetime($since)
  RETURN count(c) AS total
}
CALL () {
  MATCH (c:Change) WHERE c.at > datetime($since)
  WITH c ORDER BY c.at DESC, c.seq DESC SKIP $offset LIMIT $limit
  RETURN collect(c {.kind, .entity, .label, .id, .source, .target, .name, at: toString(c.at),
    evidence_total: size(c.article_ids),
    evidence: [i IN range(0, size(c.article_ids) - 1)[..$evidence_limit] |
      COLLECT { OPTIONAL MATCH (a:Article {id: c.article_ids[i]})
                RETURN {article_id: c.article_ids[i], article_title: a.title, article_date: a.date,
                        sentence: CASE WHEN c.sentences[i] = '' THEN null ELSE c.sentences[i] END} }[0]]}) AS items
}
RETURN total, items
