"""The real app over the session's Neo4j with the seeds ingested."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph.client import Graph
from graph.ingest import ingest_paths
from unionkg.settings import Settings

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def seeded(graph: Graph) -> Graph:
    """The session Graph, wiped, with seeds/ ingested (once per module)."""
    with graph.driver.session(database=graph.settings.neo4j_database) as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
    summary = ingest_paths(graph, [str(SEEDS)])
    assert summary.errors == [] and summary.articles > 0
    graph.driver.execute_query("CALL db.awaitIndexes(60)")
    return graph


@pytest.fixture(scope="module")
def client(seeded: Graph, neo4j_settings: Settings) -> Iterator[TestClient]:
    """The real app (create_app + lifespan) over the seeded graph."""
    with TestClient(create_app(neo4j_settings)) as test_client:
        yield test_client
