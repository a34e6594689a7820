// fragment: entity_mentions
// The mentions of an entity row (after `MERGE (n:Label {id: row.id})` and its
// SET, `n` and `row` in scope), and the entity query's result: each mention
// becomes one MENTIONED_IN {spans} per article, spans as "start:end" offsets
// into the page's normalised text, replaced on each write.
// $rows: [{…, mentions: [{article_id, spans}]}]
WITH n, row
CALL (n, row) {
  UNWIND row.mentions AS mention
  MATCH (a:Article {id: mention.article_id})
  MERGE (n)-[m:MENTIONED_IN]->(a)
  SET m.spans = mention.spans
  RETURN count(m) AS mentions
}
RETURN count(n) AS merged, sum(mentions) AS mentions
