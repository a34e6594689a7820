// name: api_article
// mode: read
// GET /articles/{id}: an article's text and properties, the entities
// MENTIONED_IN it, and the relationships whose evidence cites it (with the
// sentences from this article only). No row when the article does not exist.
// A relationship a researcher rejected (POST /review), or one touching a rejected entity, is left out.
MATCH (a:Article {id: $id})
CALL (a) {
  OPTIONAL MATCH (e)-[m:MENTIONED_IN]->(a)
  WITH e, m ORDER BY e.name, e.id
  RETURN collect(CASE WHEN e IS NULL THEN null ELSE {id: e.id, name: e.name,
    label: [l IN labels(e) WHERE l IN ['Union', 'Person', 'Enterprise', 'Organisation', 'Programme', 'Award', 'Region']][0],
    spans: coalesce(m.spans, [])} END) AS entities
}
CALL (a) {
  MATCH (e)-[:MENTIONED_IN]->(a)
  MATCH (e)-[r:PART_OF|LEADS|HOSTED|PARTNERED_WITH|RECEIVED|WORKS_AT]->(x)
  WHERE $id IN coalesce(r.evidence_article_ids, [])
    AND NOT EXISTS { MATCH (d:Decision) WHERE d.subject IN [startNode(r).id + '|' + type(r) + '|' + endNode(r).id, startNode(r).id, endNode(r).id] AND d.verdict = 'reject' }
  WITH DISTINCT r ORDER BY type(r), startNode(r).name, endNode(r).name
  RETURN collect({
    type: type(r), source: {id: startNode(r).id, name: startNode(r).name}, target: {id: endNode(r).id, name: endNode(r).name},
    properties: r {.title, .as_of, .role, .agreement, .year, .conferred_by},
    evidence: [i IN range(0, size(r.evidence_article_ids) - 1) WHERE r.evidence_article_ids[i] = $id |
      {article_id: r.evidence_article_ids[i], sentence: r.evidence_sentences[i], start: r.evidence_starts[i], end: r.evidence_ends[i]}]
  }) AS relationships
}
RETURN a.id AS id, a.title AS title, a.doc AS doc, a.position AS position, a.date AS date,
       a.source_paper AS source_paper, a.section AS section, a.content_hash AS content_hash, a.text AS text,
       entities, relationships
