// phrase: Path between $first and $second
// description: 两个机构之间的路径：the shortest chain of relationships read from the articles (and places) between two bodies; articles are not stepped through.
// param: $first cypher: MATCH (b) WHERE b:Union OR b:Enterprise OR b:Organisation RETURN b.name ORDER BY b.name
// param: $second cypher: MATCH (b) WHERE b:Union OR b:Enterprise OR b:Organisation RETURN b.name ORDER BY b.name
MATCH (a)
WHERE (a:Union OR a:Enterprise OR a:Organisation)
  AND (a.name = $first OR $first IN coalesce(a.aliases, []))
MATCH (b)
WHERE (b:Union OR b:Enterprise OR b:Organisation)
  AND (b.name = $second OR $second IN coalesce(b.aliases, []))
  AND a <> b
MATCH p = shortestPath((a)-[:PART_OF|LEADS|HOSTED|PARTNERED_WITH|RECEIVED|WORKS_AT|LOCATED_IN*..8]-(b))
RETURN p
