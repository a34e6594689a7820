"""Emptying the graph (``unionkg reset``): every node and relationship goes, the schema stays."""

from __future__ import annotations

import neo4j

from graph.client import Graph, translate_errors


def reset(graph: Graph) -> int:
    """Delete every relationship, then every node (small transactions each); the number of nodes deleted."""
    relationships = graph.registry.check("reset_relationships", {})
    nodes = graph.registry.check("reset_graph", {})
    with translate_errors(graph.uri), graph.session(read=False) as session:
        session.run(neo4j.Query(relationships.text)).consume()
        summary = session.run(neo4j.Query(nodes.text)).consume()
    return int(summary.counters.nodes_deleted)
