// name: api_doc_articles
// mode: read
// POST /articles: the articles already stored from the page called $doc, in
// page order, with their content hashes (to refuse a silent replacement).
MATCH (a:Article {doc: $doc})
RETURN a.id AS id, a.position AS position, a.content_hash AS content_hash
ORDER BY a.position
