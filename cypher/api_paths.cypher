// name: api_paths
// mode: read
// Evidence: the newest $evidence_limit items, newest first; evidence_total counts all (GET /evidence pages them).
// GET /paths: up to $limit shortest paths between two entities over the
// domain relationships (not MENTIONED_IN or LOCATED_IN), at most 6 hops and
// at most $max_hops, with each hop's evidence. found_from / found_to say
// whether each end exists; paths is empty when none is within reach.
// A relationship a researcher rejected (POST /review), or one touching a rejected entity, is left out.
OPTIONAL MATCH (a:Union|Person|Enterprise|Organisation|Programme|Award|Region {id: $from})
OPTIONAL MATCH (b:Union|Person|Enterprise|Organisation|Programme|Award|Region {id: $to})
CALL (a, b) {
  MATCH p = allShortestPaths((a)-[:PART_OF|LEADS|HOSTED|PARTNERED_WITH|RECEIVED|WORKS_AT*..6]-(b))
  WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b AND length(p) <= $max_hops
    AND all(r IN relationships(p) WHERE NOT EXISTS { MATCH (d:Decision) WHERE d.subject IN [startNode(r).id + '|' + type(r) + '|' + endNode(r).id, startNode(r).id, endNode(r).id] AND d.verdict = 'reject' })
  WITH p LIMIT $limit
  RETURN collect({
    length: length(p),
    nodes: [x IN nodes(p) | {id: x.id, name: x.name,
      label: [l IN labels(x) WHERE l IN ['Union', 'Person', 'Enterprise', 'Organisation', 'Programme', 'Award', 'Region']][0]}],
    hops: [r IN relationships(p) | {
      type: type(r), source: startNode(r).id, target: endNode(r).id,
      properties: r {.title, .as_of, .role, .agreement, .year, .conferred_by, .basis, .region_codes},
      evidence_total: size(coalesce(r.evidence_article_ids, [])),
      evidence: [i IN range(size(coalesce(r.evidence_article_ids, [])) - 1, 0, -1)[..$evidence_limit] |
        COLLECT { WITH r.evidence_article_ids[i] AS aid OPTIONAL MATCH (src:Article {id: aid})
                RETURN {article_id: aid, article_title: src.title, article_date: src.date, sentence: r.evidence_sentences[i],
                        start: r.evidence_starts[i], end: r.evidence_ends[i]} }[0]]
    }]
  }) AS paths
}
RETURN a IS NOT NULL AS found_from, b IS NOT NULL AS found_to, paths
