// name: stats_labels
// mode: read
// Node count per label (from the count store: one row per label, zeros included).
MATCH (n:Article) RETURN 'Article' AS label, count(n) AS count
UNION ALL
MATCH (n:Award) RETURN 'Award' AS label, count(n) AS count
UNION ALL
MATCH (n:Enterprise) RETURN 'Enterprise' AS label, count(n) AS count
UNION ALL
MATCH (n:Organisation) RETURN 'Organisation' AS label, count(n) AS count
UNION ALL
MATCH (n:Person) RETURN 'Person' AS label, count(n) AS count
UNION ALL
MATCH (n:Programme) RETURN 'Programme' AS label, count(n) AS count
UNION ALL
MATCH (n:Region) RETURN 'Region' AS label, count(n) AS count
UNION ALL
MATCH (n:Union) RETURN 'Union' AS label, count(n) AS count
