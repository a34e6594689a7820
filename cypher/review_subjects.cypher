// name: review_subjects
// mode: read
// POST /review: whether the entities ($entities: ids) and relationships
// ($relationships: [{source, type, target}]) a decision names exist. An
// entity's label; a relationship's stored ends (PARTNERED_WITH, undirected,
// matches either way round and answers the ends as stored). One row each.
UNWIND $entities AS id
OPTIONAL MATCH (n:Union|Person|Enterprise|Organisation|Programme|Award|Region {id: id})
RETURN 'entity' AS kind, id AS key, [l IN labels(n) WHERE l IN ['Union', 'Person', 'Enterprise', 'Organisation', 'Programme', 'Award', 'Region']][0] AS label,
       null AS source, null AS target
UNION ALL
UNWIND $relationships AS rel
OPTIONAL MATCH (s:Union|Person|Enterprise|Organisation|Programme|Award|Region {id: rel.source})
OPTIONAL MATCH (s)-[r]-(t:Union|Person|Enterprise|Organisation|Programme|Award|Region {id: rel.target})
WHERE type(r) = rel.type AND (type(r) = 'PARTNERED_WITH' OR startNode(r) = s)
WITH rel, collect(r)[0] AS r
RETURN 'relationship' AS kind, rel.source + '|' + rel.type + '|' + rel.target AS key, CASE WHEN r IS NULL THEN null ELSE type(r) END AS label,
       startNode(r).id AS source, endNode(r).id AS target
