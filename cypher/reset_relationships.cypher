// name: reset_relationships
// mode: write
// unionkg reset, first step: delete every relationship, 2,000 a transaction.
// Relationships go before their nodes so no transaction has to hold a hub
// node's thousands of relationships (and their evidence lists) at once: on a
// graph of 12k articles a DETACH DELETE of 10,000 nodes a transaction ran out
// of the per-transaction memory (db.memory.transaction.max). Auto-commit
// (CALL … IN TRANSACTIONS cannot run inside a transaction function).
MATCH ()-[r]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF 2000 ROWS
