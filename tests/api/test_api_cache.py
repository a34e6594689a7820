"""The response cache: hits answer the same bytes, and a change to the graph empties it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from core.settings import Settings
from graph.client import Graph

pytestmark = pytest.mark.neo4j

TEXT = "贵州省黔东南苗族侗族自治州凯里市总工会今年启动“凯里工匠培育计划”。"
TOUCH = "MATCH (a:Article) WITH a LIMIT 1 SET a.cache_probe = true REMOVE a.cache_probe"


@pytest.fixture(scope="module")
def app_settings(seeded_graph: Graph, neo4j_settings: Settings) -> Settings:
    seeded_graph.driver.execute_query("CALL db.awaitIndexes(60)")
    return neo4j_settings


def test_a_repeated_get_is_a_hit_with_the_same_body(app_settings: Settings) -> None:
    with TestClient(create_app(app_settings)) as client:
        first, second = client.get("/search?q=梁溪"), client.get("/search?q=梁溪")
        other = client.get("/search?q=梁溪&limit=1")
    assert first.status_code == second.status_code == 200
    assert (first.headers["x-cache"], second.headers["x-cache"]) == ("miss", "hit")
    assert second.content == first.content and second.headers["content-type"] == first.headers["content-type"]
    assert other.headers["x-cache"] == "miss" and len(other.json()["items"]) == 1


def test_errors_and_health_are_never_kept(app_settings: Settings) -> None:
    with TestClient(create_app(app_settings)) as client:
        assert [client.get("/entities/union-nothing").headers["x-cache"] for _ in range(2)] == ["miss", "miss"]
        assert "x-cache" not in client.get("/readyz").headers


def test_a_write_by_another_process_empties_it(seeded_graph: Graph, app_settings: Settings) -> None:
    settings = app_settings.model_copy(update={"api_cache_check_seconds": 0.0})
    with TestClient(create_app(settings)) as client:
        assert [client.get("/search?q=工会").headers["x-cache"] for _ in range(2)] == ["miss", "hit"]
        seeded_graph.driver.execute_query(TOUCH)
        assert client.get("/search?q=工会").headers["x-cache"] == "miss"
        assert client.get("/search?q=工会").headers["x-cache"] == "hit"


def test_an_answer_is_kept_until_the_next_version_check(seeded_graph: Graph, app_settings: Settings) -> None:
    settings = app_settings.model_copy(update={"api_cache_check_seconds": 3600.0})
    with TestClient(create_app(settings)) as client:
        client.get("/search?q=工会")
        seeded_graph.driver.execute_query(TOUCH)
        assert client.get("/search?q=工会").headers["x-cache"] == "hit"


def test_size_zero_turns_it_off(app_settings: Settings) -> None:
    with TestClient(create_app(app_settings.model_copy(update={"api_cache_mb": 0}))) as client:
        assert all("x-cache" not in client.get("/search?q=工会").headers for _ in range(2))


@pytest.fixture
def writer(seeded_graph: Graph, app_settings: Settings) -> Iterator[TestClient]:
    settings = app_settings.model_copy(update={"api_cache_check_seconds": 3600.0})
    with TestClient(create_app(settings)) as client:
        yield client
    seeded_graph.driver.execute_query(
        "MATCH (a:Article) WHERE a.text CONTAINS $text OPTIONAL MATCH (a)<-[:MENTIONED_IN]-(n) DETACH DELETE a, n", text=TEXT
    )


def test_post_articles_empties_it_at_once(writer: TestClient, app_settings: Settings) -> None:
    assert app_settings.api_key is not None
    before = writer.get("/search?q=凯里&label=Union")
    assert before.status_code == 200 and before.json()["total"] == 0
    assert writer.get("/search?q=凯里&label=Union").headers["x-cache"] == "hit"
    response = writer.post("/articles", json={"text": TEXT}, headers={"X-API-Key": app_settings.api_key.get_secret_value()})
    assert response.status_code == 200, response.text
    after = writer.get("/search?q=凯里&label=Union")
    assert after.headers["x-cache"] == "miss"
    assert "贵州省黔东南苗族侗族自治州凯里市总工会" in [hit["name"] for hit in after.json()["items"]]


def test_cypher_posts_do_not_empty_it(app_settings: Settings) -> None:
    with TestClient(create_app(app_settings.model_copy(update={"api_cache_check_seconds": 3600.0}))) as client:
        client.get("/search?q=工会")
        assert client.post("/cypher", json={"query": "RETURN 1 AS one"}).status_code == 200
        assert client.get("/search?q=工会").headers["x-cache"] == "hit"
