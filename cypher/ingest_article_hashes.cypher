// name: ingest_article_hashes
// mode: read
// The stored content_hash of the given articles (those already in the graph),
// to find articles whose text changed since they were last ingested.
// Planned once (replan=skip): every start point is a unique-index seek on
// $parameters, so the plan made on an empty graph stays the best one and a
// growing graph does not trigger costly replans in the middle of an ingest.
CYPHER replan=skip
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.content_hash AS content_hash
