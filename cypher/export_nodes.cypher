// name: export_nodes
// mode: read
// unionkg export / GET /export: the next page of $label's nodes after id $after
// (keyset paging on the unique id index: each page costs $limit rows, never a
// scan of the label). $since (an ISO date, or null) keeps only the nodes an
// article dated on or after it mentions. Entities a researcher rejected
// (POST /review) are left out; `merged_into` names the entity one was merged
// into. One row: `scanned` nodes in this
// page (fewer than $limit: the last page), `cursor` (the id to pass as $after
// next) and `items`, the nodes kept.
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
RETURN size(page) AS scanned, page[-1].id AS cursor,
       [n IN page WHERE ($since IS NULL OR EXISTS { MATCH (n)-[:MENTIONED_IN]->(a:Article) WHERE a.date >= $since })
                   AND NOT EXISTS { MATCH (d:Decision {subject: n.id}) WHERE d.verdict = 'reject' }
        | {id: n.id, label: $label, name: n.name, aliases: coalesce(n.aliases, []), properties: properties(n),
           merged_into: COLLECT { MATCH (d:Decision {subject: n.id}) WHERE d.verdict = 'merge' RETURN d.into }[0]}] AS items
