// name: write_award
// mode: write
// Merge Award nodes by id. aliases become the sorted union of the stored and
// the new surface forms (never null); other properties keep the first value
// stored. Mentions: fragments/entity_mentions.
// $rows: [{id, name, aliases, mentions: [{article_id, spans}]}]
// include: planned_once
UNWIND $rows AS row
MERGE (n:Award {id: row.id})
WITH n, row, properties(n) AS before
SET n.name = row.name,
    n.aliases = COLLECT {
      UNWIND coalesce(n.aliases, []) + row.aliases AS form
      WITH DISTINCT form WHERE form <> row.name
      RETURN form ORDER BY form
    }
// include: entity_mentions
