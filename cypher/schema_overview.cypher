// name: schema_overview
// mode: read
// The constraints and indexes in place, for checks and `unionkg neo4j status`.
SHOW INDEXES YIELD name, type, labelsOrTypes, properties, options, owningConstraint
RETURN name, type, labelsOrTypes, properties, owningConstraint IS NOT NULL AS constraint_backed,
       options.indexConfig.`fulltext.analyzer` AS analyzer
ORDER BY name
