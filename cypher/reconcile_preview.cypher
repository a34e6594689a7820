// name: reconcile_preview
// mode: read
// GET /reconcile/preview: one entity by $id with the regions it lies in and
// the bodies it is linked to, as reconcile_candidates returns them. No row
// when there is no such entity.
MATCH (n:Union|Person|Enterprise|Organisation|Programme|Award|Region {id: $id})
RETURN n.id AS id,
       [l IN labels(n) WHERE l IN ['Union', 'Person', 'Enterprise', 'Organisation', 'Programme', 'Award', 'Region']][0] AS label,
       n.name AS name, coalesce(n.aliases, []) AS aliases, n.level AS level, 1.0 AS score,
       COLLECT { MATCH (n)-[:LOCATED_IN]->{0,4}(r:Region) RETURN {name: r.name, aliases: coalesce(r.aliases, []), code: r.code} } AS regions,
       COLLECT { MATCH (n)-[b:LEADS|WORKS_AT|PART_OF]->(m) RETURN {id: m.id, name: m.name, title: coalesce(b.title, b.role)} ORDER BY m.name LIMIT 5 }
       + COLLECT { MATCH (n)<-[:HOSTED]-(m) RETURN {id: m.id, name: m.name, title: null} ORDER BY m.name LIMIT 5 } AS bodies
