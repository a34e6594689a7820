// fragment: entity_mentions
// The end of an entity write (after `MERGE (n:Label {id: row.id})`,
// `WITH n, row, properties(n) AS before` and the SET of its properties):
// each mention becomes one MENTIONED_IN {spans} per article, spans as
// "start:end" offsets into the page's normalised text, replaced on each
// write. Then the change feed's bookkeeping, as for relationships
// (relationship_changes): a node without last_changed before is 'added'; one
// whose properties changed or that has a new or moved mention is 'changed';
// an unchanged page records nothing. Result: merged, mentions, and changes
// (one map per added or changed node, with the articles that added to it).
// $rows: [{…, mentions: [{article_id, spans}]}]
WITH n, row, before
CALL (n, row) {
  UNWIND row.mentions AS mention
  MATCH (a:Article {id: mention.article_id})
  MERGE (n)-[m:MENTIONED_IN]->(a)
  WITH m, mention, coalesce(m.spans <> mention.spans, true) AS new
  SET m.spans = mention.spans
  RETURN count(m) AS mentions, collect(CASE WHEN new THEN mention.article_id END) AS newly
}
WITH n, row, mentions, newly, before.last_changed IS NULL AS created,
     before <> properties(n) OR size(newly) > 0 AS changed
SET n.first_seen = coalesce(n.first_seen, toString(datetime.transaction())),
    n.last_changed = CASE WHEN created OR changed THEN toString(datetime.transaction()) ELSE n.last_changed END
RETURN count(n) AS merged, sum(mentions) AS mentions,
       collect(CASE WHEN created OR changed THEN {kind: CASE WHEN created THEN 'added' ELSE 'changed' END,
               id: n.id, name: n.name,
               article_ids: CASE WHEN size(newly) > 0 THEN newly ELSE [x IN row.mentions | x.article_id] END} END) AS changes
