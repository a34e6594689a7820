// name: reset_graph
// mode: write
// unionkg reset, second step (after reset_relationships): delete every node,
// 5,000 a transaction (DETACH for any relationship written meanwhile); the
// constraints and indexes stay. Runs as an auto-commit query (CALL … IN
// TRANSACTIONS cannot run inside a transaction function).
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
