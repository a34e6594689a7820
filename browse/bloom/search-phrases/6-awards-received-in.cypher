// phrase: Awards received in $region
// description: 地区获奖：honours received by bodies located in a region (or a place inside it), and by people who lead or work at them.
// param: $region label: Region.name
MATCH (r:Region)
WHERE r.name = $region OR $region IN coalesce(r.aliases, [])
MATCH (place:Region)-[:LOCATED_IN*0..4]->(r)
MATCH (body)-[:LOCATED_IN]->(place)
MATCH path = (recipient)-[:LEADS|WORKS_AT*0..1]->(body)
MATCH (recipient)-[rc:RECEIVED]->(a:Award)
RETURN path, rc, a
