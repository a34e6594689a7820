"""Neo4j stopped and restarted under a running app: 503 while down, 200 after, no app restart.

Uses its own LocalNeo4j on free ports (never the session's server).
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from core.settings import Settings
from graph.server import LocalNeo4j, free_port

pytestmark = pytest.mark.neo4j


def _ready_within(client: TestClient, seconds: float) -> bool:
    """Poll /readyz (503 while the restarted database warms up) until it is 200."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        response = client.get("/readyz")
        if response.status_code == 200:
            return True
        assert response.status_code == 503, response.text
        time.sleep(0.5)
    return False


@pytest.fixture
def own_server(neo4j_settings: Settings) -> Iterator[tuple[Settings, LocalNeo4j]]:
    if not neo4j_settings.uses_local_server:
        pytest.skip("needs a local Neo4j of its own (the session uses an external one)")
    data_dir = Path(tempfile.mkdtemp(prefix="unionkg-outage-"))
    settings = neo4j_settings.model_copy(
        update={"bolt_port": free_port(), "http_port": free_port(), "data_dir": data_dir, "query_timeout": 60.0}
    )
    server = LocalNeo4j(settings)
    server.start()
    try:
        yield settings, server
    finally:
        server.stop()
        shutil.rmtree(data_dir, ignore_errors=True)


def test_503_while_neo4j_is_down_then_recovers_without_restart(own_server: tuple[Settings, LocalNeo4j]) -> None:
    settings, server = own_server
    with TestClient(create_app(settings)) as client:
        assert _ready_within(client, 90.0)
        assert client.get("/entities/union-x").status_code == 404
        assert [client.get("/programmes").headers["x-cache"] for _ in range(2)] == ["miss", "hit"]
        server.stop()
        time.sleep(settings.api_cache_check_seconds)  # then the cache sees the outage and serves nothing from memory
        for path in ("/readyz", "/entities/union-x", "/search?q=工会", "/programmes"):
            response = client.get(path)
            assert response.status_code == 503, (path, response.text)
            assert response.json()["error"]["code"] == "graph_unavailable"
        assert client.get("/healthz").status_code == 200
        server.start()
        assert _ready_within(client, 90.0), "the app did not recover after Neo4j came back"
        assert client.get("/entities/union-x").status_code == 404
        assert client.post("/cypher", json={"query": "RETURN 1 AS one"}).json()["rows"] == [[1]]
