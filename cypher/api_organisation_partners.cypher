// name: api_organisation_partners
// mode: read
// Evidence: the newest $evidence_limit items, newest first; evidence_total counts all (GET /evidence pages them).
// GET /organisations/{id}/partners: one page of the bodies a Union, Enterprise
// or Organisation PARTNERED_WITH (stored once, read in both directions), with
// the agreement and the evidence. No row when the body does not exist.
// A relationship a researcher rejected (POST /review), or one touching a rejected entity, is left out.
MATCH (o:Union|Enterprise|Organisation {id: $id})
CALL (o) {
  OPTIONAL MATCH (o)-[r:PARTNERED_WITH]-(p)
  WHERE NOT EXISTS { MATCH (d:Decision) WHERE d.subject IN [startNode(r).id + '|' + type(r) + '|' + endNode(r).id, startNode(r).id, endNode(r).id] AND d.verdict = 'reject' }
  WITH p, r ORDER BY p.name, p.id
  WITH collect(CASE WHEN p IS NULL THEN null ELSE {
    partner: {id: p.id, name: p.name, label: [l IN labels(p) WHERE l IN ['Union', 'Enterprise', 'Organisation']][0]},
    agreement: r.agreement,
    evidence_total: size(coalesce(r.evidence_article_ids, [])),
    evidence: [i IN range(size(coalesce(r.evidence_article_ids, [])) - 1, 0, -1)[..$evidence_limit] |
      COLLECT { WITH r.evidence_article_ids[i] AS aid OPTIONAL MATCH (src:Article {id: aid})
                RETURN {article_id: aid, article_title: src.title, article_date: src.date, sentence: r.evidence_sentences[i],
                        start: r.evidence_starts[i], end: r.evidence_ends[i]} }[0]]
  } END) AS partners
  RETURN size(partners) AS total, partners[$offset..$offset + $limit] AS items
}
RETURN o.id AS id, o.name AS name, [l IN labels(o) WHERE l IN ['Union', 'Enterprise', 'Organisation']][0] AS label, total, items
