// name: api_search
// mode: read
// GET /search: full-text search (cjk analyzer, index entity_names) over names
// and aliases. $query is a Lucene query the API has already escaped; $text is
// the user's words as typed; $label is null for every label. Ranked by how
// the text matches, then by full-text score: 'exact' (the name or an alias is
// the text), 'substring' (a name or alias contains it), then 'terms' (some of
// its character bigrams only). Entities a researcher rejected, or merged into
// another (POST /review), are left out. One row: the total and one page.
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WITH node, score,
     [l IN labels(node) WHERE l IN ['Union', 'Person', 'Enterprise', 'Organisation', 'Programme', 'Award', 'Region']][0] AS label,
     [node.name] + coalesce(node.aliases, []) AS names
WHERE ($label IS NULL OR label = $label)
  AND NOT EXISTS { MATCH (d:Decision {subject: node.id}) WHERE d.verdict IN ['reject', 'merge'] }
WITH node, score, label,
     CASE WHEN $text IN names THEN 2 WHEN any(n IN names WHERE n CONTAINS $text) THEN 1 ELSE 0 END AS rank
ORDER BY rank DESC, score DESC, node.name
WITH collect({id: node.id, label: label, name: node.name, aliases: coalesce(node.aliases, []), score: score,
              match: ['terms', 'substring', 'exact'][rank]}) AS hits
RETURN size(hits) AS total, hits[$offset..$offset + $limit] AS items
