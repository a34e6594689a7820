// name: api_entity
// mode: read
// GET /entities/{id}: one entity (any domain label but Article) with its
// properties, its relationship counts by type and direction (degree lookups,
// cheap on a super-node), and the latest $article_limit articles that mention it.
MATCH (n:Union|Person|Enterprise|Organisation|Programme|Award|Region {id: $id})
WITH n, [t IN [
  {type: 'PART_OF', outgoing: COUNT { (n)-[:PART_OF]->() }, incoming: COUNT { (n)<-[:PART_OF]-() }},
  {type: 'LEADS', outgoing: COUNT { (n)-[:LEADS]->() }, incoming: COUNT { (n)<-[:LEADS]-() }},
  {type: 'HOSTED', outgoing: COUNT { (n)-[:HOSTED]->() }, incoming: COUNT { (n)<-[:HOSTED]-() }},
  {type: 'PARTNERED_WITH', outgoing: COUNT { (n)-[:PARTNERED_WITH]->() }, incoming: COUNT { (n)<-[:PARTNERED_WITH]-() }},
  {type: 'RECEIVED', outgoing: COUNT { (n)-[:RECEIVED]->() }, incoming: COUNT { (n)<-[:RECEIVED]-() }},
  {type: 'WORKS_AT', outgoing: COUNT { (n)-[:WORKS_AT]->() }, incoming: COUNT { (n)<-[:WORKS_AT]-() }},
  {type: 'LOCATED_IN', outgoing: COUNT { (n)-[:LOCATED_IN]->() }, incoming: COUNT { (n)<-[:LOCATED_IN]-() }}
] WHERE t.outgoing + t.incoming > 0] AS counts
CALL (n) {
  MATCH (n)-[:MENTIONED_IN]->(a:Article)
  WITH a ORDER BY a.date DESC, a.id LIMIT $article_limit
  RETURN collect({id: a.id, title: a.title, date: a.date, doc: a.doc, source_paper: a.source_paper}) AS articles
}
RETURN n.id AS id, [l IN labels(n) WHERE l IN ['Union', 'Person', 'Enterprise', 'Organisation', 'Programme', 'Award', 'Region']][0] AS label,
       n.name AS name, coalesce(n.aliases, []) AS aliases, properties(n) AS properties, counts,
       COUNT { (n)-[:MENTIONED_IN]->(:Article) } AS article_total, articles
