// name: write_located_in
// mode: write
// Link bodies (Union, Enterprise, Organisation) to the Region of their stored
// region_code: (body)-[:LOCATED_IN]->(Region). Bodies with no known region,
// or a code the gazetteer lacks, get no link.
// $rows: [{id}]
// include: planned_once
UNWIND $rows AS row
OPTIONAL MATCH (u:Union {id: row.id})
OPTIONAL MATCH (e:Enterprise {id: row.id})
OPTIONAL MATCH (o:Organisation {id: row.id})
WITH coalesce(u, e, o) AS n
WHERE n IS NOT NULL AND n.region_code IS NOT NULL
MATCH (r:Region {id: 'region-' + n.region_code})
MERGE (n)-[l:LOCATED_IN]->(r)
RETURN count(l) AS merged
