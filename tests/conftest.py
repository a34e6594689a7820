"""Session fixtures: a private, real Neo4j for the whole test run.

Unless ``UNIONKG_TEST_NEO4J_URI`` names a server to use, the session starts
its own Neo4j on free ports with a wiped data directory, and stops it at the
end even when tests fail.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import SecretStr

from extract.compiled import use_compiled

# The compiled extractor when current (UNIONKG_NATIVE=0: pure Python), chosen
# before any test module imports the extractor.
use_compiled()

from core.settings import Settings  # noqa: E402
from graph.client import Graph  # noqa: E402
from graph.server import LocalNeo4j, free_port  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"


def _test_settings(data_dir: Path) -> Settings:
    external = os.environ.get("UNIONKG_TEST_NEO4J_URI")
    return Settings(
        neo4j_uri=external or None,
        neo4j_password=SecretStr(os.environ.get("UNIONKG_TEST_NEO4J_PASSWORD", "unionkg-test-password")),
        bolt_port=free_port(),
        http_port=free_port(),
        data_dir=data_dir,
        neo4j_heap="768m",
        neo4j_pagecache="256m",
        api_key=SecretStr("test-api-key"),
    )


@pytest.fixture(scope="session")
def neo4j_settings() -> Iterator[Settings]:
    """Settings pointing at the session's Neo4j (started here when local)."""
    data_dir = Path(tempfile.mkdtemp(prefix="unionkg-test-"))
    settings = _test_settings(data_dir)
    server = LocalNeo4j(settings) if settings.uses_local_server else None
    try:
        if server is not None:
            server.start()
        yield settings
    finally:
        if server is not None:
            server.stop()
        shutil.rmtree(data_dir, ignore_errors=True)


@pytest.fixture(scope="session")
def graph(neo4j_settings: Settings) -> Iterator[Graph]:
    """A Graph on the session's Neo4j, with the schema applied."""
    with Graph(neo4j_settings) as g:
        g.apply_schema()
        yield g


@pytest.fixture
def empty_graph(graph: Graph) -> Graph:
    """The session Graph, emptied of data (schema kept)."""
    with graph.driver.session(database=graph.settings.neo4j_database) as session:
        session.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
    return graph


@pytest.fixture(scope="module")
def seeded_graph(graph: Graph) -> Iterator[Graph]:
    """The session Graph, wiped, then holding ``seeds/`` ingested (once per test module)."""
    from ingest.run import ingest_paths

    with graph.driver.session(database=graph.settings.neo4j_database) as session:
        session.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
    summary = ingest_paths(graph, [str(SEEDS)])
    assert not summary.errors, summary.errors
    yield graph
