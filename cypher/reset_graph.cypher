// name: reset_graph
// mode: write
// unionkg reset: delete every node and relationship, 10,000 nodes a
// transaction (so a large graph never needs one huge transaction); the
// constraints and indexes stay. Runs as an auto-commit query (CALL … IN
// TRANSACTIONS cannot run inside a transaction function).
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
