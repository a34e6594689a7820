// name: export_property_keys
// mode: read
// unionkg export / GET /export: the property keys of the $labels' nodes and
// the $types' relationships, with the value types each holds (valueType
// names), so CSV headers and GraphML keys can be written before the first
// row. id, name and aliases (every node has them) and the evidence lists
// (written as evidence) are left out. One row per (kind, scope, key).
CALL () {
  MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels)
  UNWIND keys(n) AS key
  WITH [l IN labels(n) WHERE l IN $labels][0] AS scope, key, n WHERE NOT key IN ['id', 'name', 'aliases']
  RETURN 'node' AS kind, scope, key, collect(DISTINCT valueType(n[key])) AS types
  UNION ALL
  MATCH ()-[r]->() WHERE type(r) IN $types
  UNWIND keys(r) AS key
  WITH type(r) AS scope, key, r WHERE NOT key STARTS WITH 'evidence_'
  RETURN 'relationship' AS kind, scope, key, collect(DISTINCT valueType(r[key])) AS types
}
RETURN kind, scope, key, types
ORDER BY kind, scope, key
