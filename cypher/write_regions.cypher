// name: write_regions
// mode: write
// Merge Region nodes (administrative units from the gazetteer) by id and
// link each to its parent region: (Region)-[:LOCATED_IN]->(Region), up to the
// province. Rows come parents first, so a parent always exists already.
// first_seen = last_changed: when the region was first written (the gazetteer
// does not change; regions are not in the change feed).
// $rows: [{id, code, name, aliases, level, longitude, latitude, parent_id}]
// include: planned_once
UNWIND $rows AS row
MERGE (r:Region {id: row.id})
SET r.code = row.code, r.name = row.name, r.aliases = row.aliases, r.level = row.level,
    r.longitude = row.longitude, r.latitude = row.latitude,
    r.first_seen = coalesce(r.first_seen, toString(datetime.transaction())),
    r.last_changed = coalesce(r.last_changed, toString(datetime.transaction()))
WITH r, row
CALL (r, row) {
  MATCH (p:Region {id: row.parent_id})
  MERGE (r)-[l:LOCATED_IN]->(p)
  RETURN count(l) AS links
}
RETURN count(r) AS merged, sum(links) AS links
