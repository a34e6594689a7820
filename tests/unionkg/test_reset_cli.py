"""``unionkg reset``: asks first, empties the graph with --yes, keeps the schema."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from graph.client import Graph

pytestmark = pytest.mark.neo4j
UNIONKG = str(Path(sys.executable).parent / "unionkg")


def reset(graph: Graph, *args: str, answer: str = "") -> subprocess.CompletedProcess[str]:
    s = graph.settings
    env = {**os.environ, "UNIONKG_NEO4J_URI": s.bolt_uri, "UNIONKG_NEO4J_PASSWORD": s.neo4j_password.get_secret_value()}
    return subprocess.run([UNIONKG, "reset", *args], env=env, input=answer, capture_output=True, text=True, timeout=120)


def fill(graph: Graph) -> None:
    graph.driver.execute_query(
        "UNWIND range(1, 25) AS i CREATE (u:Union {id: 'union-' + i, name: 'U' + i})-[:LEADS]->(:Article {id: 'article-' + i})"
    )


def count(graph: Graph) -> int:
    records, _, _ = graph.driver.execute_query("MATCH (n) RETURN count(n) AS n")
    return int(records[0]["n"])


def test_reset_asks_and_keeps_the_graph_on_no(empty_graph: Graph) -> None:
    fill(empty_graph)
    done = reset(empty_graph, answer="n\n")
    assert done.returncode == 1 and "Delete all 50 nodes" in done.stderr and "nothing deleted" in done.stderr
    assert count(empty_graph) == 50
    done = reset(empty_graph, answer="y\n")
    assert done.returncode == 0 and "deleted 50 nodes" in done.stderr
    assert count(empty_graph) == 0


def test_reset_yes_empties_the_graph_and_keeps_constraints(empty_graph: Graph) -> None:
    fill(empty_graph)
    done = reset(empty_graph, "--yes")
    assert done.returncode == 0, done.stderr
    assert count(empty_graph) == 0
    records, _, _ = empty_graph.driver.execute_query("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names")
    assert "union_id" in records[0]["names"]
    records, _, _ = empty_graph.driver.execute_query("SHOW INDEXES YIELD name RETURN collect(name) AS names")
    assert "entity_names" in records[0]["names"]


def test_reset_says_when_neo4j_is_unreachable(empty_graph: Graph) -> None:
    env = {**os.environ, "UNIONKG_NEO4J_URI": "bolt://127.0.0.1:1", "UNIONKG_TRANSACTION_RETRY_TIME": "0.5"}
    done = subprocess.run([UNIONKG, "reset", "--yes"], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "not reachable" in done.stderr
