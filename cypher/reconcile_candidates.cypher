// name: reconcile_candidates
// mode: read
// POST /reconcile: the candidates for one reconciliation query, from the
// full-text index entity_names (cjk analyzer) over names and aliases. $query
// is a Lucene query the API has already escaped, $text the name as given;
// $labels the types asked for (null: every label); at most $limit
// candidates: those with $text as their name or an alias first, then those
// whose name or an alias contains it or is contained in it, then by
// full-text score (as GET /search ranks). Each
// with what the API scores properties against: the regions it lies in (its
// LOCATED_IN chain up to the province, with names, aliases and codes), and
// up to 5 bodies it is linked to (a person's LEADS / WORKS_AT bodies, a
// programme's hosts, a union's PART_OF parents), for the description too.
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WITH node AS n, score,
     [l IN labels(node) WHERE l IN ['Union', 'Person', 'Enterprise', 'Organisation', 'Programme', 'Award', 'Region']][0] AS label
WHERE $labels IS NULL OR label IN $labels
WITH n, score, label, [n.name] + coalesce(n.aliases, []) AS names
WITH n, score, label,
     CASE WHEN $text IN names THEN 2 WHEN any(x IN names WHERE x CONTAINS $text OR $text CONTAINS x) THEN 1 ELSE 0 END AS rank
ORDER BY rank DESC, score DESC, n.name
LIMIT $limit
RETURN n.id AS id, label, n.name AS name, coalesce(n.aliases, []) AS aliases, n.level AS level, score,
       COLLECT { MATCH (n)-[:LOCATED_IN]->{0,4}(r:Region) RETURN {name: r.name, aliases: coalesce(r.aliases, []), code: r.code} } AS regions,
       COLLECT { MATCH (n)-[b:LEADS|WORKS_AT|PART_OF]->(m) RETURN {id: m.id, name: m.name, title: coalesce(b.title, b.role)} ORDER BY m.name LIMIT 5 }
       + COLLECT { MATCH (n)<-[:HOSTED]-(m) RETURN {id: m.id, name: m.name, title: null} ORDER BY m.name LIMIT 5 } AS bodies
