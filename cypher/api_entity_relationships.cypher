// name: api_entity_relationships
// mode: read
// Evidence: the newest $evidence_limit items, newest first; evidence_total counts all (GET /evidence pages them).
// GET /entities/{id}/relationships: one page of an entity's neighbours, with
// each relationship's properties and evidence. $ids is the entity's id first,
// then the ids a researcher merged into it (POST /review): their
// relationships are its own (a link between two of them is left out). $type
// is null for every type (MENTIONED_IN is left out: see /entities/{id});
// $direction is 'out', 'in' or 'both'; PARTNERED_WITH is undirected and
// matches any direction. A relationship a researcher rejected, or one
// touching a rejected entity, is left out; `confirmed` says a researcher
// confirmed it. No row when none of the ids exists.
MATCH (n:Union|Person|Enterprise|Organisation|Programme|Award|Region) WHERE n.id IN $ids
WITH collect(n) AS ns
WHERE size(ns) > 0
CALL (ns) {
  UNWIND ns AS n
  MATCH (n)-[r]-(m)
  WHERE type(r) <> 'MENTIONED_IN' AND ($type IS NULL OR type(r) = $type) AND NOT m IN ns
    AND ($direction = 'both' OR type(r) = 'PARTNERED_WITH' OR ($direction = 'out') = (startNode(r) = n))
    AND NOT EXISTS { MATCH (d:Decision) WHERE d.subject IN [startNode(r).id + '|' + type(r) + '|' + endNode(r).id, startNode(r).id, endNode(r).id] AND d.verdict = 'reject' }
  RETURN count(r) AS total
}
CALL (ns) {
  UNWIND ns AS n
  MATCH (n)-[r]-(m)
  WHERE type(r) <> 'MENTIONED_IN' AND ($type IS NULL OR type(r) = $type) AND NOT m IN ns
    AND ($direction = 'both' OR type(r) = 'PARTNERED_WITH' OR ($direction = 'out') = (startNode(r) = n))
    AND NOT EXISTS { MATCH (d:Decision) WHERE d.subject IN [startNode(r).id + '|' + type(r) + '|' + endNode(r).id, startNode(r).id, endNode(r).id] AND d.verdict = 'reject' }
  WITH n, r, m ORDER BY type(r), m.name, m.id, n.id SKIP $offset LIMIT $limit
  RETURN collect({
    type: type(r),
    direction: CASE WHEN type(r) = 'PARTNERED_WITH' THEN 'both' WHEN startNode(r) = n THEN 'out' ELSE 'in' END,
    properties: r {.title, .as_of, .role, .agreement, .year, .conferred_by, .basis, .region_codes},
    neighbour: {id: m.id, label: [l IN labels(m) WHERE l IN ['Union', 'Person', 'Enterprise', 'Organisation', 'Programme', 'Award', 'Region']][0], name: m.name},
    confirmed: EXISTS { MATCH (d:Decision {subject: startNode(r).id + '|' + type(r) + '|' + endNode(r).id}) WHERE d.verdict = 'confirm' },
    evidence_total: size(coalesce(r.evidence_article_ids, [])),
    evidence: [i IN range(size(coalesce(r.evidence_article_ids, [])) - 1, 0, -1)[..$evidence_limit] |
      COLLECT { WITH r.evidence_article_ids[i] AS aid OPTIONAL MATCH (src:Article {id: aid})
                RETURN {article_id: aid, article_title: src.title, article_date: src.date, sentence: r.evidence_sentences[i],
                        start: r.evidence_starts[i], end: r.evidence_ends[i]} }[0]]
  }) AS items
}
RETURN $ids[0] AS id, total, items
