"""``since`` in exports: only what articles dated on or after the day state (two dated pages of our own)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph.client import Graph
from ingest.run import ingest_paths

pytestmark = pytest.mark.neo4j
ARTICLES = Path(__file__).resolve().parents[1] / "articles"
JUNE = ARTICLES / "13_shanxi_taiyuan_enterprise.txt"  # dated 2025-06-12
AUGUST = ARTICLES / "18_ningxia_yongning_township.txt"  # dated 2025-08-14


@pytest.fixture(scope="module")
def dated_client(graph: Graph) -> Iterator[TestClient]:
    with graph.driver.session(database=graph.settings.neo4j_database) as session:
        session.run("MATCH (n) DETACH DELETE n").consume()
    assert not ingest_paths(graph, [str(JUNE), str(AUGUST)]).errors
    with TestClient(create_app(graph.settings)) as client:
        yield client


def export(client: TestClient, since: str | None) -> list[dict[str, object]]:
    response = client.get("/export/jsonl", params={"since": since} if since else {})
    assert response.status_code == 200, response.text
    return [json.loads(line) for line in response.text.splitlines()]


def mentioned_in(graph: Graph, doc: str) -> set[str]:
    records, _, _ = graph.driver.execute_query("MATCH (n)-[:MENTIONED_IN]->(a:Article {doc: $doc}) RETURN DISTINCT n.id AS id", doc=doc)
    return {r["id"] for r in records}


def test_since_keeps_what_later_articles_state(dated_client: TestClient, graph: Graph) -> None:
    everything, august = export(dated_client, None), export(dated_client, "2025-07-01")
    nodes = {x["id"] for x in august if x["kind"] == "node"}
    assert nodes == mentioned_in(graph, AUGUST.name)
    assert mentioned_in(graph, JUNE.name) - mentioned_in(graph, AUGUST.name)  # the filter has something to drop
    rels = [x for x in august if x["kind"] == "relationship"]
    assert rels and all(any(e["article_date"] >= "2025-07-01" for e in r["evidence"]) for r in rels)  # type: ignore[attr-defined]
    assert len(rels) < sum(1 for x in everything if x["kind"] == "relationship")
    assert not [x for x in august if x.get("label") == "Region" or x.get("type") == "LOCATED_IN"]
    both = export(dated_client, "2025-06-01")
    assert {x["id"] for x in both if x["kind"] == "node"} == mentioned_in(graph, JUNE.name) | mentioned_in(graph, AUGUST.name)
    assert export(dated_client, "2026-01-01") == []
