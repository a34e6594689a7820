// name: write_articles
// mode: write
// Merge Article nodes by id and set every property from the extractor (latest
// ingest wins: a changed article gets its new title, text and content_hash).
// $rows: [{id, name, props: {title, doc, position, date, source_paper, section, content_hash, text}}]
// include: planned_once
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a += row.props, a.name = row.name, a.aliases = coalesce(a.aliases, [])
RETURN count(a) AS merged
