// action: Evidence articles of relationships
// description: 证据文章：the articles each selected relationship was read from, with the nodes it joins.
MATCH (s)-[r]->(t)
WHERE elementId(r) IN $relationships
UNWIND r.evidence_article_ids AS article_id
MATCH (a:Article {id: article_id})
OPTIONAL MATCH (s)-[ms:MENTIONED_IN]->(a)
RETURN s, r, t, ms, a
