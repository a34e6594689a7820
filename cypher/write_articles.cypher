// name: write_articles
// mode: write
// Merge Article nodes by id and set every property from the extractor (latest
// ingest wins: a changed article gets its new title, text and content_hash).
// Change feed: an article not stored before is 'added', one stored with
// another content_hash 'changed' (first_seen / last_changed: the ingest
// transaction's time); the same text again records nothing.
// $rows: [{id, name, props: {title, doc, position, date, source_paper, section, content_hash, text}}]
// include: planned_once
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
WITH a, row, a.content_hash AS before, a.content_hash IS NULL OR a.content_hash <> row.props.content_hash AS changed
SET a += row.props, a.name = row.name, a.aliases = coalesce(a.aliases, []),
    a.first_seen = coalesce(a.first_seen, toString(datetime.transaction())),
    a.last_changed = CASE WHEN changed THEN toString(datetime.transaction()) ELSE a.last_changed END
RETURN count(a) AS merged,
       collect(CASE WHEN changed THEN {kind: CASE WHEN before IS NULL THEN 'added' ELSE 'changed' END,
               id: a.id, name: a.name, article_ids: [a.id]} END) AS changes
