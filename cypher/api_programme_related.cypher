// name: api_programme_related
// mode: read
// GET /programmes/{id}/related: programmes related to one programme, scored.
// Reasons and weights (a reason's contribution is weight x min(count, 3),
// where count is the number of distinct things linking the two):
//   same_host 3.0            a body hosts both (role host or unstated)
//   shared_participant 2.0   a body linked to both in any other way (co-host, undertaker)
//   related_host 1.5         a host of one is a partner, parent or child of a host of the other
//   same_region 1.0          hosts located in the same region
//   same_article 1.0         both mentioned in the same article
// Every expansion is bounded (LIMIT per step), so a super-node host or a big
// region costs a fixed amount of work; no all-pairs comparison.
// No row when the programme does not exist. A programme rejected or merged in
// review (graph/review.py) is never offered as related.
MATCH (p:Programme {id: $id})
CALL (p) {
  CALL (p) {
    MATCH (p)<-[r1:HOSTED]-(h)
    WITH h, coalesce(r1.role, 'host') = 'host' AS hosts_p LIMIT 20
    CALL (h) { MATCH (h)-[r2:HOSTED]->(q:Programme) RETURN q, r2 LIMIT 100 }
    WITH q, h, hosts_p AND coalesce(r2.role, 'host') = 'host' AS both_host
    RETURN q, CASE WHEN both_host THEN 'same_host' ELSE 'shared_participant' END AS reason,
           {id: h.id, name: h.name} AS via
    UNION ALL
    MATCH (p)<-[:HOSTED]-(h) WITH h LIMIT 20
    CALL (h) { MATCH (h)-[k:PART_OF|PARTNERED_WITH]-(h2) WHERE h2 <> h RETURN h2, k LIMIT 30 }
    CALL (h2) { MATCH (h2)-[:HOSTED]->(q:Programme) RETURN q LIMIT 30 }
    RETURN q, 'related_host' AS reason,
           {id: h2.id, name: h2.name, relation: CASE WHEN type(k) = 'PARTNERED_WITH' THEN 'partner'
                                                     WHEN startNode(k) = h THEN 'parent' ELSE 'child' END} AS via
    UNION ALL
    MATCH (p)<-[:HOSTED]-(h)-[:LOCATED_IN]->(r:Region) WITH DISTINCT r LIMIT 5
    CALL (r) { MATCH (r)<-[:LOCATED_IN]-(h2) WHERE NOT h2:Region RETURN h2 LIMIT 50 }
    CALL (h2) { MATCH (h2)-[:HOSTED]->(q:Programme) RETURN q LIMIT 10 }
    RETURN q, 'same_region' AS reason, {id: r.id, name: r.name} AS via
    UNION ALL
    MATCH (p)-[:MENTIONED_IN]->(a:Article) WITH a LIMIT 30
    CALL (a) { MATCH (a)<-[:MENTIONED_IN]-(q:Programme) RETURN q LIMIT 30 }
    RETURN q, 'same_article' AS reason, {id: a.id, name: a.title} AS via
  }
  WITH q, reason, via WHERE q <> p
    AND NOT EXISTS { MATCH (d:Decision {subject: q.id}) WHERE d.verdict IN ['reject', 'merge'] }
  WITH q, reason, collect(DISTINCT via) AS vias
  WITH q, reason, vias, {same_host: 3.0, shared_participant: 2.0, related_host: 1.5, same_region: 1.0, same_article: 1.0}[reason] AS weight
  WITH q, collect({reason: reason, weight: weight, count: size(vias), via: vias[..5]}) AS reasons,
       sum(weight * CASE WHEN size(vias) > 3 THEN 3 ELSE size(vias) END) AS score
  ORDER BY score DESC, q.name, q.id LIMIT $limit
  RETURN collect({id: q.id, name: q.name, score: score, reasons: reasons}) AS items
}
RETURN p.id AS id, p.name AS name, items
