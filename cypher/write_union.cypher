// name: write_union
// mode: write
// Merge Union nodes by id. aliases become the sorted union of the stored and
// the new surface forms (never null); other properties keep the first value
// stored. Mentions: fragments/entity_mentions.
// first_article: the (smallest) article id of the first batch that named it,
// where a derived PART_OF reads the sentence naming it (graph/hierarchy.py).
// $rows: [{id, name, aliases, level, region_code, mentions: [{article_id, spans}]}]
// include: planned_once
UNWIND $rows AS row
MERGE (n:Union {id: row.id})
WITH n, row, properties(n) AS before
SET n.name = row.name,
    n.aliases = COLLECT {
      UNWIND coalesce(n.aliases, []) + row.aliases AS form
      WITH DISTINCT form WHERE form <> row.name
      RETURN form ORDER BY form
    },
    n.level = coalesce(n.level, row.level),
    n.region_code = coalesce(n.region_code, row.region_code),
    n.first_article = coalesce(n.first_article, row.mentions[0].article_id)
// include: entity_mentions
