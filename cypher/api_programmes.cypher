// name: api_programmes
// mode: read
// GET /programmes: one page of programmes, filtered by host id ($host, null
// for any) and by region ($region: a region code, name or alias, null for
// any; a host located in that region or any region below it, up to 4 levels).
// host_found / region_found say whether a given filter named something real.
// Review decisions (graph/review.py): a rejected or merged programme is left
// out, and so is a host whose HOSTED edge (or itself) was rejected.
CALL () {
  OPTIONAL MATCH (h:Union|Enterprise|Organisation {id: $host})
  RETURN h IS NOT NULL AS host_found
}
CALL () {
  OPTIONAL MATCH (reg:Region) WHERE reg.code = $region OR reg.name = $region OR $region IN coalesce(reg.aliases, [])
  OPTIONAL MATCH (sub:Region)-[:LOCATED_IN*0..4]->(reg)
  RETURN count(reg) > 0 AS region_found, collect(DISTINCT sub) AS regions
}
CALL (regions) {
  CALL (regions) {
    MATCH (:Union|Enterprise|Organisation {id: $host})-[:HOSTED]->(p:Programme)
    RETURN p
    UNION
    MATCH (p:Programme) WHERE $host IS NULL
    RETURN p
  }
  WITH p WHERE ($region IS NULL OR EXISTS {
    MATCH (p)<-[:HOSTED]-(:Union|Enterprise|Organisation)-[:LOCATED_IN]->(r:Region) WHERE r IN regions
  }) AND NOT EXISTS { MATCH (d:Decision {subject: p.id}) WHERE d.verdict IN ['reject', 'merge'] }
  WITH p ORDER BY p.name, p.id
  WITH collect(p) AS programmes
  RETURN size(programmes) AS total, [p IN programmes[$offset..$offset + $limit] | {
    id: p.id, name: p.name, aliases: coalesce(p.aliases, []),
    hosts: COLLECT { MATCH (p)<-[r:HOSTED]-(h)
                     WHERE NOT EXISTS { MATCH (d:Decision) WHERE d.subject IN [h.id + '|HOSTED|' + p.id, h.id] AND d.verdict = 'reject' }
                     WITH h, r ORDER BY h.name
                     RETURN {id: h.id, name: h.name, role: r.role} }
  }] AS items
}
RETURN host_found, region_found, total, items
