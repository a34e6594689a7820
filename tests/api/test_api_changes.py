"""GET /changes: the change feed through the real app, written by POST /articles (real extractor, real Neo4j)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from api_helpers import named_parameters
from fastapi.testclient import TestClient

from api.app import create_app
from core.settings import Settings
from graph.client import Graph

pytestmark = pytest.mark.neo4j

DOC = "changes-page.txt"
TEXT = "成都市武侯区总工会党组书记、常务副主席李明介绍,武侯区总工会今年启动“武侯工匠培育计划”。"
CHANGED = "成都市武侯区总工会今年启动“武侯工匠培育计划”。"


@pytest.fixture(scope="module")
def app(graph: Graph, neo4j_settings: Settings) -> Iterator[TestClient]:
    with graph.driver.session(database=graph.settings.neo4j_database) as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
    with TestClient(create_app(neo4j_settings)) as client:
        yield client


def post(client: TestClient, settings: Settings, text: str, replace: bool = False) -> dict[str, Any]:
    assert settings.api_key is not None
    response = client.post("/articles", params={"replace": "true"} if replace else {},
                           json={"text": text, "doc": DOC}, headers={"X-API-Key": settings.api_key.get_secret_value()})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def feed(client: TestClient, since: str, **params: Any) -> dict[str, Any]:
    response = client.get("/changes", params={"since": since, **params})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_ingests_appear_newest_first_and_an_unchanged_page_adds_nothing(app: TestClient, neo4j_settings: Settings) -> None:
    post(app, neo4j_settings, TEXT)
    first = feed(app, "2000-01-01", limit=200)
    assert first["total"] > 0 and {i["kind"] for i in first["items"]} == {"added"}
    leads = [i for i in first["items"] if i["label"] == "LEADS"]
    assert leads and leads[0]["entity"] == "relationship" and "李明" in leads[0]["evidence"][0]["sentence"]
    newest = first["items"][0]["at"]

    post(app, neo4j_settings, TEXT, replace=True)  # the same page again
    assert feed(app, newest)["total"] == 0
    assert feed(app, "2000-01-01")["total"] == first["total"]

    post(app, neo4j_settings, CHANGED, replace=True)  # 李明 and his office are no longer stated
    later = feed(app, newest, limit=200)
    kinds = {(i["label"], i["kind"]) for i in later["items"]}
    assert ("LEADS", "retracted") in kinds and ("Person", "retracted") in kinds and ("Article", "changed") in kinds
    everything = feed(app, "2000-01-01", limit=200)["items"]
    assert everything[: len(later["items"])] == later["items"]  # newest first
    assert feed(app, "2000-01-01", offset=1, limit=2)["items"] == everything[1:3]


@pytest.mark.parametrize("params, parameter", [
    ({}, "since"),
    ({"since": "yesterday"}, "since"),
    ({"since": "2026-13-01"}, "since"),
    ({"since": "2000-01-01", "limit": 0}, "limit"),
    ({"since": "2000-01-01", "offset": -1}, "offset"),
])
def test_bad_parameters_are_422_in_the_one_error_shape(app: TestClient, params: dict[str, Any], parameter: str) -> None:
    response = app.get("/changes", params=params)
    assert response.status_code == 422, response.text
    assert response.json()["error"]["code"] and named_parameters(response) == [parameter]


def test_a_time_zone_is_honoured_and_the_future_is_empty(app: TestClient) -> None:
    body = feed(app, "2999-01-01T08:00:00+08:00")
    assert body["total"] == 0 and body["items"] == [] and body["since"] == "2999-01-01T08:00:00+08:00"
