// name: api_entity
// mode: read
// GET /entities/{id}: one entity (any domain label but Article) with its
// properties, its relationship counts by type and direction (leaving out the
// relationships a researcher rejected, POST /review), and the latest $article_limit articles that mention it.
MATCH (n:Union|Person|Enterprise|Organisation|Programme|Award|Region {id: $id})
CALL (n) {
  OPTIONAL MATCH (n)-[r]-()
  WHERE type(r) <> 'MENTIONED_IN'
    AND NOT EXISTS { MATCH (d:Decision) WHERE d.subject IN [startNode(r).id + '|' + type(r) + '|' + endNode(r).id, startNode(r).id, endNode(r).id] AND d.verdict = 'reject' }
  WITH type(r) AS type, startNode(r) = n AS out, count(r) AS c
  WITH type, sum(CASE WHEN out THEN c ELSE 0 END) AS outgoing, sum(CASE WHEN out THEN 0 ELSE c END) AS incoming
  WHERE type IS NOT NULL
  WITH type, outgoing, incoming
  ORDER BY [i IN range(0, 6) WHERE ['PART_OF', 'LEADS', 'HOSTED', 'PARTNERED_WITH', 'RECEIVED', 'WORKS_AT', 'LOCATED_IN'][i] = type][0]
  RETURN collect({type: type, outgoing: outgoing, incoming: incoming}) AS counts
}
CALL (n) {
  MATCH (n)-[:MENTIONED_IN]->(a:Article)
  WITH a ORDER BY a.date DESC, a.id LIMIT $article_limit
  RETURN collect({id: a.id, title: a.title, date: a.date, doc: a.doc, source_paper: a.source_paper}) AS articles
}
RETURN n.id AS id, [l IN labels(n) WHERE l IN ['Union', 'Person', 'Enterprise', 'Organisation', 'Programme', 'Award', 'Region']][0] AS label,
       n.name AS name, coalesce(n.aliases, []) AS aliases, properties(n) AS properties, counts,
       COUNT { (n)-[:MENTIONED_IN]->(:Article) } AS article_total, articles
