// name: write_organisation
// mode: write
// Merge Organisation nodes by id. aliases become the sorted union of the stored and
// the new surface forms (never null); other properties keep the first value
// stored. Mentions: fragments/entity_mentions.
// $rows: [{id, name, aliases, region_code, mentions: [{article_id, spans}]}]
// include: planned_once
UNWIND $rows AS row
MERGE (n:Organisation {id: row.id})
WITH n, row, properties(n) AS before
SET n.name = row.name,
    n.aliases = COLLECT {
      UNWIND coalesce(n.aliases, []) + row.aliases AS form
      WITH DISTINCT form WHERE form <> row.name
      RETURN form ORDER BY form
    },
    n.region_code = coalesce(n.region_code, row.region_code)
// include: entity_mentions
