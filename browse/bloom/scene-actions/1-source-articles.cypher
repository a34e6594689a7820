// action: Source articles
// description: 来源文章：the articles that mention the selected nodes.
MATCH (n)
WHERE elementId(n) IN $nodes
MATCH (n)-[m:MENTIONED_IN]->(a:Article)
RETURN n, m, a
