// name: api_award_recipients
// mode: read
// Evidence: the newest $evidence_limit items, newest first; evidence_total counts all (GET /evidence pages them).
// GET /awards/{id}/recipients: one page of who RECEIVED the award, with the
// year and the conferring body (looked up by its id). No row when the award
// does not exist.
// A relationship a researcher rejected (POST /review), or one touching a rejected entity, is left out.
MATCH (a:Award {id: $id})
CALL (a) {
  OPTIONAL MATCH (x)-[r:RECEIVED]->(a)
  WHERE NOT EXISTS { MATCH (d:Decision) WHERE d.subject IN [startNode(r).id + '|' + type(r) + '|' + endNode(r).id, startNode(r).id, endNode(r).id] AND d.verdict = 'reject' }
  OPTIONAL MATCH (c:Union|Enterprise|Organisation {id: r.conferred_by})
  WITH x, r, c ORDER BY r.year DESC, x.name, x.id
  WITH collect(CASE WHEN x IS NULL THEN null ELSE {
    recipient: {id: x.id, name: x.name, label: [l IN labels(x) WHERE l IN ['Union', 'Person', 'Enterprise', 'Organisation']][0]},
    year: r.year,
    conferred_by: CASE WHEN r.conferred_by IS NULL THEN null ELSE {id: r.conferred_by, name: c.name} END,
    evidence_total: size(coalesce(r.evidence_article_ids, [])),
    evidence: [i IN range(size(coalesce(r.evidence_article_ids, [])) - 1, 0, -1)[..$evidence_limit] |
      COLLECT { WITH r.evidence_article_ids[i] AS aid OPTIONAL MATCH (src:Article {id: aid})
                RETURN {article_id: aid, article_title: src.title, article_date: src.date, sentence: r.evidence_sentences[i],
                        start: r.evidence_starts[i], end: r.evidence_ends[i]} }[0]]
  } END) AS recipients
  RETURN size(recipients) AS total, recipients[$offset..$offset + $limit] AS items
}
RETURN a.id AS id, a.name AS name, total, items
