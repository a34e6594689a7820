"""The real app over the session's Neo4j with the seeds ingested (``seeded_graph``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from core.settings import Settings
from graph.client import Graph


@pytest.fixture(scope="module")
def client(seeded_graph: Graph, neo4j_settings: Settings) -> Iterator[TestClient]:
    """The real app (create_app + lifespan) over the seeded graph, full-text index online."""
    seeded_graph.driver.execute_query("CALL db.awaitIndexes(60)")
    with TestClient(create_app(neo4j_settings)) as test_client:
        yield test_client
