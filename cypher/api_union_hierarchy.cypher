// name: api_union_hierarchy
// mode: read
// GET /unions/{id}/hierarchy: the chain of PART_OF parents up to the top (the
// longest chain of relationships not rejected, at most 10 levels) and one page of direct children.
// No row when the union does not exist.
// A relationship a researcher rejected (POST /review), or one touching a rejected entity, is left out.
MATCH (u:Union {id: $id})
CALL (u) {
  OPTIONAL MATCH p = (u)-[:PART_OF*1..10]->(top)
  WHERE all(r IN relationships(p) WHERE NOT EXISTS { MATCH (d:Decision) WHERE d.subject IN [startNode(r).id + '|' + type(r) + '|' + endNode(r).id, startNode(r).id, endNode(r).id] AND d.verdict = 'reject' })
  WITH p ORDER BY length(p) DESC LIMIT 1
  RETURN CASE WHEN p IS NULL THEN [] ELSE [x IN tail(nodes(p)) | {id: x.id, name: x.name,
    label: [l IN labels(x) WHERE l IN ['Union', 'Enterprise', 'Organisation']][0], level: x.level}] END AS parents
}
CALL (u) {
  OPTIONAL MATCH (c)-[r:PART_OF]->(u)
  WHERE NOT EXISTS { MATCH (d:Decision) WHERE d.subject IN [startNode(r).id + '|' + type(r) + '|' + endNode(r).id, startNode(r).id, endNode(r).id] AND d.verdict = 'reject' }
  WITH c ORDER BY c.name, c.id
  WITH collect(c {.id, .name, .level, label: [l IN labels(c) WHERE l IN ['Union', 'Enterprise', 'Organisation']][0]}) AS children
  RETURN size(children) AS children_total, children[$offset..$offset + $limit] AS children
}
RETURN u.id AS id, u.name AS name, u.level AS level, parents, children_total, children
