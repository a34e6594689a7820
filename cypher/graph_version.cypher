// name: graph_version
// mode: read
// The cheapest read on the configured database. Graph.version runs it only
// for the Bolt bookmark the server returns with it, which names the last
// committed transaction: the token changes whenever anything is written.
RETURN 1 AS ok
