// name: write_articles
// mode: write
// Merge Article nodes by id and set every property from the extractor (latest
// ingest wins: a changed article gets its new title, text and content_hash).
// $rows: [{id, name, props: {title, doc, position, date, source_paper, section, content_hash, text}}]
// Planned once (replan=skip): every start point is a unique-index seek on
// $parameters, so the plan made on an empty graph stays the best one and a
// growing graph does not trigger costly replans in the middle of an ingest.
CYPHER replan=skip
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a += row.props, a.name = row.name, a.aliases = coalesce(a.aliases, [])
RETURN count(a) AS merged
