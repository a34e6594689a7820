// name: search_names
// mode: read
// Full-text search (cjk analyzer) over names and aliases, ranked by score.
// $label is null for all labels.
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WITH node, score, [l IN labels(node) WHERE l <> 'Entity'][0] AS label
WHERE $label IS NULL OR label = $label
RETURN node.id AS id, label, node.name AS name, coalesce(node.aliases, []) AS aliases, score
ORDER BY score DESC, name
SKIP $offset LIMIT $limit
