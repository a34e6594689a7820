// name: ingest_part_of_candidates
// mode: read
// Direct parents by administrative geography, from the whole graph: for each
// union of $children with no PART_OF to a union yet, the federation one level
// up (a street/town or industry union: the federation of its own region; a
// county or city federation: the federation of the region its region is
// LOCATED_IN; a province federation or an industry union with no region:
// the national one); and for each federation of $parents, the unions it is
// the direct parent of by the same rule. Federations are found by an index
// seek on (region_code, level), and a region's sub-regions by a prefix seek on
// Region ids (their codes share the parent's first 2 or 4 digits), never by
// expanding a region's incoming LOCATED_IN (every body of a province has one):
// the cost follows the administrative map, not the size of the graph (the
// federation seeks are hinted too: an empty-graph plan would seek every
// union of the level and filter by region_code, a cost that grew with the
// graph: 43,853 rows for 179 children after 8,000 articles). The
// start points are hinted (USING INDEX): the plan is made once (replan=skip),
// and on an empty graph the planner would otherwise start from the level
// index and filter by id; the mention of each end is found by expanding from
// it (no Article label: an empty-graph plan would scan every Article). One row per (child, parent) with the region codes
// and one stored mention of each end: {article_id, start, text, span}, in the
// end's first_article (so a run resumed after a crash picks what a clean run
// picks), else the first found.
// include: planned_once
CALL () {
  UNWIND $children AS cid
  MATCH (c:Union {id: cid})-[:LOCATED_IN]->(r:Region)
  USING INDEX c:Union(id)
  WHERE c.level IN ['township', 'industry']
  MATCH (p:Union {region_code: r.code, level: r.level})
  USING INDEX p:Union(region_code, level)
  RETURN c, p
  UNION
  UNWIND $children AS cid
  MATCH (c:Union {id: cid})-[:LOCATED_IN]->(:Region)-[:LOCATED_IN]->(r:Region)
  USING INDEX c:Union(id)
  WHERE c.level IN ['county', 'city']
  MATCH (p:Union {region_code: r.code, level: r.level})
  USING INDEX p:Union(region_code, level)
  RETURN c, p
  UNION
  UNWIND $children AS cid
  MATCH (c:Union {id: cid})
  USING INDEX c:Union(id)
  WHERE c.level = 'province' OR (c.level = 'industry' AND c.region_code IS NULL)
  MATCH (p:Union {level: 'national'})
  RETURN c, p
  UNION
  UNWIND $parents AS pid
  MATCH (p:Union {id: pid})-[:LOCATED_IN]->(r:Region)
  USING INDEX p:Union(id)
  WHERE p.level = r.level
  MATCH (c:Union {region_code: r.code})
  USING INDEX c:Union(region_code, level)
  WHERE c.level IN ['township', 'industry']
  RETURN c, p
  UNION
  UNWIND $parents AS pid
  MATCH (p:Union {id: pid})-[:LOCATED_IN]->(r:Region)
  USING INDEX p:Union(id)
  WHERE p.level = r.level AND r.level IN ['province', 'city']
  WITH p, r, 'region-' + left(r.code, CASE r.level WHEN 'province' THEN 2 ELSE 4 END) AS prefix
  MATCH (cr:Region)
  USING INDEX cr:Region(id)
  WHERE cr.id STARTS WITH prefix
  MATCH (cr)-[:LOCATED_IN]->(up:Region)
  WHERE up = r
  MATCH (c:Union {region_code: cr.code, level: cr.level})
  USING INDEX c:Union(region_code, level)
  RETURN c, p
  UNION
  UNWIND $parents AS pid
  MATCH (p:Union {id: pid, level: 'national'})
  USING INDEX p:Union(id)
  MATCH (c:Union {level: 'province'})
  RETURN c, p
  UNION
  UNWIND $parents AS pid
  MATCH (p:Union {id: pid, level: 'national'})
  USING INDEX p:Union(id)
  MATCH (c:Union {level: 'industry'})
  WHERE c.region_code IS NULL
  RETURN c, p
}
WITH c, p
WHERE c <> p AND NOT EXISTS { (c)-[:PART_OF]->(:Union) }
RETURN c.id AS child, c.region_code AS child_code, p.id AS parent, p.name AS parent_name, p.region_code AS parent_code,
  coalesce(
    COLLECT { MATCH (a:Article {id: c.first_article}) USING INDEX a:Article(id) MATCH (c)-[m:MENTIONED_IN]->(a)
              RETURN {article_id: a.id, start: a.start, text: a.text, span: m.spans[0]} }[0],
    COLLECT { MATCH (c)-[m:MENTIONED_IN]->(a)
              RETURN {article_id: a.id, start: a.start, text: a.text, span: m.spans[0]} LIMIT 1 }[0]) AS child_named,
  coalesce(
    COLLECT { MATCH (a:Article {id: p.first_article}) USING INDEX a:Article(id) MATCH (p)-[m:MENTIONED_IN]->(a)
              RETURN {article_id: a.id, start: a.start, text: a.text, span: m.spans[0]} }[0],
    COLLECT { MATCH (p)-[m:MENTIONED_IN]->(a)
              RETURN {article_id: a.id, start: a.start, text: a.text, span: m.spans[0]} LIMIT 1 }[0]) AS parent_named
