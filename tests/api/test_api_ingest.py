"""POST /articles: the API key, extraction, and idempotent writes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from core.settings import Settings
from graph.client import Graph

pytestmark = pytest.mark.neo4j

TEXT = (
    "成都市武侯区总工会党组书记、常务副主席李明介绍,武侯区总工会今年启动“武侯工匠培育计划”,"
    "与成都市武侯区人力资源和社会保障局联合开展职业技能大赛。"
)


@pytest.fixture(scope="module")
def writer(graph: Graph, neo4j_settings: Settings) -> Iterator[TestClient]:
    with graph.driver.session(database=graph.settings.neo4j_database) as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
    with TestClient(create_app(neo4j_settings)) as client:
        yield client


def test_no_key_configured_turns_the_endpoint_off(neo4j_settings: Settings) -> None:
    with TestClient(create_app(neo4j_settings.model_copy(update={"api_key": None}))) as client:
        response = client.post("/articles", json={"text": TEXT}, headers={"X-API-Key": "anything"})
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "forbidden" and "UNIONKG_API_KEY" in response.json()["error"]["message"]


@pytest.mark.parametrize("headers", [{}, {"X-API-Key": "wrong-key"}, {"X-API-Key": ""}])
def test_a_missing_or_wrong_key_is_401(writer: TestClient, headers: dict[str, str]) -> None:
    response = writer.post("/articles", json={"text": TEXT}, headers=headers)
    assert response.status_code == 401 and response.json()["error"]["code"] == "unauthorized"
    assert writer.post("/cypher", json={"query": "MATCH (a:Article) RETURN count(a)"}).json()["rows"] == [[0]]


def test_ingest_writes_then_the_same_text_changes_nothing(writer: TestClient, neo4j_settings: Settings) -> None:
    assert neo4j_settings.api_key is not None
    key = {"X-API-Key": neo4j_settings.api_key.get_secret_value()}
    first = writer.post("/articles", json={"text": TEXT}, headers=key)
    assert first.status_code == 200, first.text
    body = first.json()
    assert body["changed"] and body["nodes"]["created"] > 0 and body["articles"]
    assert "成都市武侯区总工会" in {e["name"] for e in body["entities"]}
    union = next(e["id"] for e in body["entities"] if e["name"] == "成都市武侯区总工会")
    assert writer.get(f"/entities/{union}").status_code == 200
    dump = "MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS n, count(r) AS r, collect(DISTINCT properties(n)) AS p"
    before = writer.post("/cypher", json={"query": dump}).json()["rows"]
    again = writer.post("/articles", json={"text": TEXT}, headers=key).json()
    assert again["doc"] == body["doc"] and not again["changed"]
    assert again["nodes"]["created"] == 0 and again["relationships_written"]["created"] == 0
    assert writer.post("/cypher", json={"query": dump}).json()["rows"] == before


def test_an_empty_text_is_422(writer: TestClient, neo4j_settings: Settings) -> None:
    assert neo4j_settings.api_key is not None
    response = writer.post("/articles", json={"text": ""}, headers={"X-API-Key": neo4j_settings.api_key.get_secret_value()})
    assert response.status_code == 422 and response.json()["error"]["details"]["parameters"][0]["parameter"] == "text"
