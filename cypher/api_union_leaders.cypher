// name: api_union_leaders
// mode: read
// Evidence: the newest $evidence_limit items, newest first; evidence_total counts all (GET /evidence pages them).
// GET /unions/{id}/leaders: one page of the people who LEAD the union, with
// the title as written, as_of where known, and the evidence (each item with
// its as_of: the date of its article, null when the article states none, and
// the office as that sentence states it).
// No row when the union does not exist.
// A relationship a researcher rejected (POST /review), or one touching a rejected entity, is left out.
MATCH (u:Union {id: $id})
CALL (u) {
  OPTIONAL MATCH (p:Person)-[r:LEADS]->(u)
  WHERE NOT EXISTS { MATCH (d:Decision) WHERE d.subject IN [startNode(r).id + '|' + type(r) + '|' + endNode(r).id, startNode(r).id, endNode(r).id] AND d.verdict = 'reject' }
  WITH p, r ORDER BY r.as_of DESC, p.name, p.id
  WITH collect(CASE WHEN p IS NULL THEN null ELSE {
    person: {id: p.id, name: p.name, label: 'Person'}, title: r.title, as_of: r.as_of,
    evidence_total: size(coalesce(r.evidence_article_ids, [])),
    evidence: [i IN range(size(coalesce(r.evidence_article_ids, [])) - 1, 0, -1)[..$evidence_limit] |
      COLLECT { WITH r.evidence_article_ids[i] AS aid OPTIONAL MATCH (src:Article {id: aid})
                RETURN {article_id: aid, article_title: src.title, article_date: src.date,
                        as_of: CASE WHEN coalesce(r.evidence_as_of[i], '') = '' THEN src.date ELSE r.evidence_as_of[i] END,
                        title: CASE WHEN coalesce(r.evidence_titles[i], '') = '' THEN null ELSE r.evidence_titles[i] END,
                        sentence: r.evidence_sentences[i], start: r.evidence_starts[i], end: r.evidence_ends[i]} }[0]]
  } END) AS leaders
  RETURN size(leaders) AS total, leaders[$offset..$offset + $limit] AS items
}
RETURN u.id AS id, u.name AS name, total, items
