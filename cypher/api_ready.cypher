// name: api_ready
// mode: read
// GET /readyz: Neo4j answers a query on the configured database.
RETURN 1 AS ok
