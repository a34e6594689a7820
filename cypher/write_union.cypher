// name: write_union
// mode: write
// Merge Union nodes by id. aliases become the sorted union of the stored and
// the new surface forms (never null); other properties keep the first value
// stored. Each mention becomes one MENTIONED_IN {spans} per article, spans as
// "start:end" offsets into the page's normalised text, replaced on each write.
// first_article: the (smallest) article id of the first batch that named it,
// where a derived PART_OF reads the sentence naming it (graph/hierarchy.py).
// $rows: [{id, name, aliases, level, region_code, mentions: [{article_id, spans}]}]
// Planned once (replan=skip): every start point is a unique-index seek on
// $parameters, so the plan made on an empty graph stays the best one and a
// growing graph does not trigger costly replans in the middle of an ingest.
CYPHER replan=skip
UNWIND $rows AS row
MERGE (n:Union {id: row.id})
SET n.name = row.name,
    n.aliases = COLLECT {
      UNWIND coalesce(n.aliases, []) + row.aliases AS form
      WITH DISTINCT form WHERE form <> row.name
      RETURN form ORDER BY form
    },
    n.level = coalesce(n.level, row.level),
    n.region_code = coalesce(n.region_code, row.region_code),
    n.first_article = coalesce(n.first_article, row.mentions[0].article_id)
WITH n, row
CALL (n, row) {
  UNWIND row.mentions AS mention
  MATCH (a:Article {id: mention.article_id})
  MERGE (n)-[m:MENTIONED_IN]->(a)
  SET m.spans = mention.spans
  RETURN count(m) AS mentions
}
RETURN count(n) AS merged, sum(mentions) AS mentions
