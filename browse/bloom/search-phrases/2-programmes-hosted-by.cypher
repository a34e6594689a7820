// phrase: Programmes hosted by $body
// description: 主办的项目：programmes a union, enterprise or organisation hosted, co-hosted or undertook.
// param: $body cypher: MATCH (b) WHERE b:Union OR b:Enterprise OR b:Organisation RETURN b.name ORDER BY b.name
MATCH (b)
WHERE (b:Union OR b:Enterprise OR b:Organisation)
  AND (b.name = $body OR $body IN coalesce(b.aliases, []))
MATCH (b)-[h:HOSTED]->(p:Programme)
RETURN b, h, p
