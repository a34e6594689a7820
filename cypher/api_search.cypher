// name: api_search
// mode: read
// GET /search: full-text search (cjk analyzer, index entity_names) over names
// and aliases, best score first. $query is a Lucene query the API has already
// escaped; $label is null for every label. One row: the total and one page.
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WITH node, score,
     [l IN labels(node) WHERE l IN ['Union', 'Person', 'Enterprise', 'Organisation', 'Programme', 'Award', 'Region']][0] AS label
WHERE $label IS NULL OR label = $label
WITH node, score, label ORDER BY score DESC, node.name
WITH collect({id: node.id, label: label, name: node.name, aliases: coalesce(node.aliases, []), score: score}) AS hits
RETURN size(hits) AS total, hits[$offset..$offset + $limit] AS items
