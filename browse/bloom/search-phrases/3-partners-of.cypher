// phrase: Partners of $body
// description: 合作伙伴：bodies that signed an agreement, paired up or ran something jointly with this one.
// param: $body cypher: MATCH (b)-[:PARTNERED_WITH]-() RETURN DISTINCT b.name ORDER BY b.name
MATCH (b)
WHERE (b:Union OR b:Enterprise OR b:Organisation)
  AND (b.name = $body OR $body IN coalesce(b.aliases, []))
MATCH (b)-[w:PARTNERED_WITH]-(o)
RETURN b, w, o
