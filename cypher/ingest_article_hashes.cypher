// name: ingest_article_hashes
// mode: read
// The stored content_hash of the given articles (those already in the graph),
// to find articles whose text changed since they were last ingested.
// include: planned_once
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.content_hash AS content_hash
