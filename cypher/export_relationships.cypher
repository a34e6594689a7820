// name: export_relationships
// mode: read
// unionkg export / GET /export: the $type relationships going out of the next
// page of $label's nodes after id $after (keyset paging on the unique id
// index, as export_nodes), each with its ends and its evidence joined to the
// article (title, date, source paper). $since (an ISO date, or null) keeps
// only relationships with evidence from an article dated on or after it.
// Relationships a researcher rejected (POST /review), and those touching a
// rejected entity, are left out; `confirmed` says a researcher confirmed one.
// One row: `scanned` source nodes (fewer than $limit: the last page), `cursor`
// (the id to pass as $after next) and `items`, the relationships.
CALL () {
  WITH 1 AS one WHERE $label = 'Union'
  MATCH (n:Union) WHERE n.id > $after RETURN n ORDER BY n.id LIMIT $limit
  UNION ALL
  WITH 1 AS one WHERE $label = 'Person'
  MATCH (n:Person) WHERE n.id > $after RETURN n ORDER BY n.id LIMIT $limit
  UNION ALL
  WITH 1 AS one WHERE $label = 'Enterprise'
  MATCH (n:Enterprise) WHERE n.id > $after RETURN n ORDER BY n.id LIMIT $limit
  UNION ALL
  WITH 1 AS one WHERE $label = 'Organisation'
  MATCH (n:Organisation) WHERE n.id > $after RETURN n ORDER BY n.id LIMIT $limit
  UNION ALL
  WITH 1 AS one WHERE $label = 'Programme'
  MATCH (n:Programme) WHERE n.id > $after RETURN n ORDER BY n.id LIMIT $limit
  UNION ALL
  WITH 1 AS one WHERE $label = 'Award'
  MATCH (n:Award) WHERE n.id > $after RETURN n ORDER BY n.id LIMIT $limit
  UNION ALL
  WITH 1 AS one WHERE $label = 'Region'
  MATCH (n:Region) WHERE n.id > $after RETURN n ORDER BY n.id LIMIT $limit
}
WITH collect(n) AS page
RETURN size(page) AS scanned, page[-1].id AS cursor, COLLECT {
  UNWIND page AS s
  MATCH (s)-[r]->(t)
  WHERE type(r) = $type
    AND NOT EXISTS { MATCH (d:Decision) WHERE d.subject IN [startNode(r).id + '|' + type(r) + '|' + endNode(r).id, startNode(r).id, endNode(r).id] AND d.verdict = 'reject' }
    AND ($since IS NULL OR any(aid IN coalesce(r.evidence_article_ids, [])
                               WHERE EXISTS { MATCH (a:Article {id: aid}) WHERE a.date >= $since }))
  RETURN {
    type: type(r),
    source: {id: s.id, label: $label, name: s.name},
    target: {id: t.id, label: [l IN labels(t) WHERE l IN ['Union', 'Person', 'Enterprise', 'Organisation', 'Programme', 'Award', 'Region']][0], name: t.name},
    properties: properties(r),
    confirmed: EXISTS { MATCH (d:Decision {subject: s.id + '|' + type(r) + '|' + t.id}) WHERE d.verdict = 'confirm' },
    evidence: [i IN range(0, size(coalesce(r.evidence_article_ids, [])) - 1) |
      COLLECT { WITH r.evidence_article_ids[i] AS aid OPTIONAL MATCH (a:Article {id: aid})
                RETURN {article_id: aid, article_title: a.title, article_date: a.date, source_paper: a.source_paper,
                        sentence: r.evidence_sentences[i], start: r.evidence_starts[i], end: r.evidence_ends[i]} }[0]]
  } AS item
  ORDER BY s.id, t.id
} AS items
