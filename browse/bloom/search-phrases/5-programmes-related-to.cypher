// phrase: Programmes related to $programme
// description: 相关项目：programmes run by the same body, or by a partner of a body that runs this one.
// param: $programme label: Programme.name
MATCH (p:Programme)
WHERE p.name = $programme OR $programme IN coalesce(p.aliases, [])
MATCH path = (p)<-[:HOSTED]-(host)-[:PARTNERED_WITH*0..1]-(other)-[:HOSTED]->(q:Programme)
WHERE q <> p
RETURN path
