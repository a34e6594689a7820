"""Emptying the graph (``unionkg reset``): every node and relationship goes, the schema stays."""

from __future__ import annotations

import neo4j

from graph.client import Graph, translate_errors


def reset(graph: Graph) -> int:
    """Delete every node and relationship; the number of nodes deleted."""
    query = graph.registry.check("reset_graph", {})
    with translate_errors(graph.uri), graph.session(read=False) as session:
        summary = session.run(neo4j.Query(query.text)).consume()
    return int(summary.counters.nodes_deleted)
