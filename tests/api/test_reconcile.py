"""The reconciliation service (W3C Entity Reconciliation API 0.2) against the real app and the seeded graph.

Answers are validated against the protocol's JSON shapes (the required keys
and types of the 0.2 specification's manifest, result-batch and suggest
schemas, https://reconciliation-api.github.io/specs/0.2/), written out below.
"""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest
from api_helpers import find_id
from fastapi.testclient import TestClient

pytestmark = pytest.mark.neo4j

TYPE = {
    "oneOf": [
        {"type": "object", "properties": {"id": {"type": "string"}, "name": {"type": "string"}}, "required": ["id"]},
        {"type": "string"},
    ]
}
SERVICE = {"type": "object", "properties": {"service_url": {"type": "string"}, "service_path": {"type": "string"}}}
MANIFEST = {
    "type": "object",
    "required": ["versions", "name", "identifierSpace", "schemaSpace"],
    "properties": {
        "versions": {"type": "array", "items": {"type": "string"}, "contains": {"enum": ["0.2"]}},
        "name": {"type": "string"},
        "identifierSpace": {"type": "string"},
        "schemaSpace": {"type": "string"},
        "view": {"type": "object", "required": ["url"], "properties": {"url": {"type": "string", "pattern": ".*\\{\\{id\\}\\}.*"}}},
        "defaultTypes": {"type": "array", "items": {"type": "object", "required": ["id", "name"]}, "uniqueItems": True},
        "preview": {
            "type": "object",
            "required": ["url", "width", "height"],
            "properties": {
                "url": {"type": "string", "pattern": ".*\\{\\{id\\}\\}.*"},
                "width": {"type": "integer"},
                "height": {"type": "integer"},
            },
        },
        "suggest": {"type": "object", "properties": {"entity": SERVICE, "type": SERVICE, "property": SERVICE}},
    },
}
CANDIDATE = {
    "type": "object",
    "required": ["id", "name", "score"],
    "properties": {
        "id": {"type": "string"},
        "name": {"type": "string"},
        "description": {"type": "string"},
        "score": {"type": "number"},
        "match": {"type": "boolean"},
        "type": {"type": "array", "items": TYPE},
        "features": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"id": {"type": "string"}, "value": {"oneOf": [{"type": "boolean"}, {"type": "number"}]}},
            },
        },
    },
}
RESULT_BATCH = {
    "type": "object",
    "patternProperties": {
        "^.*$": {"type": "object", "required": ["result"], "properties": {"result": {"type": "array", "items": CANDIDATE}}}
    },
}
SUGGEST = {
    "type": "object",
    "required": ["result"],
    "properties": {
        "result": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["id", "name"],
                "properties": {
                    "id": {"type": "string"},
                    "name": {"type": "string"},
                    "description": {"type": "string"},
                    "notable": {"type": "array", "items": TYPE},
                },
            },
        }
    },
}


def batch(client: TestClient, queries: dict[str, Any], *, post: bool = True) -> dict[str, Any]:
    payload = {"queries": json.dumps(queries, ensure_ascii=False)}
    response = client.post("/reconcile", data=payload) if post else client.get("/reconcile", params=payload)
    assert response.status_code == 200, response.text
    assert response.headers["access-control-allow-origin"] == "*"
    body: dict[str, Any] = response.json()
    jsonschema.validate(body, RESULT_BATCH)
    assert set(body) == set(queries)
    return body


def test_manifest_has_the_protocol_shape(client: TestClient) -> None:
    response = client.get("/reconcile")
    assert response.status_code == 200
    manifest = response.json()
    jsonschema.validate(manifest, MANIFEST)
    assert {t["id"] for t in manifest["defaultTypes"]} >= {"Union", "Person", "Enterprise", "Organisation"}
    preview = manifest["preview"]["url"].replace("{{id}}", "x")
    assert preview.startswith("http://testserver/reconcile/preview")


def test_exact_names_and_aliases_are_sure_matches(client: TestClient) -> None:
    union = find_id(client, "无锡市梁溪区总工会", "Union")
    zhenhai = find_id(client, "宁波市镇海区总工会", "Union")
    body = batch(
        client,
        {
            "q0": {"query": "无锡市梁溪区总工会", "type": "Union"},
            "q1": {"query": "镇海区总工会", "type": "Union", "limit": 3},  # an alias
            "q2": {"query": "梁溪区总工会", "type": ["Union"]},  # the name without its city
            "q3": {"query": "王颍"},
        },
    )
    for key, wanted in (("q0", union), ("q1", zhenhai), ("q2", union)):
        first = body[key]["result"][0]
        assert (first["id"], first["score"], first["match"]) == (wanted, 100, True), key
        assert first["type"] == [{"id": "Union", "name": "Union (工会)"}]
    assert len(body["q1"]["result"]) <= 3
    person = body["q3"]["result"][0]
    assert person["name"] == "王颍" and person["match"] and "无锡市梁溪区总工会" in person["description"]
    assert all(not c["match"] for c in body["q0"]["result"][1:])


def test_type_filters_and_near_names_are_not_sure(client: TestClient) -> None:
    body = batch(
        client,
        {
            "q0": {"query": "无锡市梁溪区总工会", "type": "Person"},
            "q1": {"query": "梁溪区总工会联合会", "type": "Union"},
            "q2": {"query": "无锡市梁溪区总工会", "type": "Spaceship"},
        },
        post=False,
    )
    assert all(c["type"][0]["id"] == "Person" for c in body["q0"]["result"])
    assert not any(c["name"] == "无锡市梁溪区总工会" for c in body["q0"]["result"])
    near = body["q1"]["result"]
    assert near and near[0]["name"] == "无锡市梁溪区总工会" and 50 < near[0]["score"] < 100 and not near[0]["match"]
    assert body["q2"]["result"] == []


def test_properties_refine_the_score(client: TestClient) -> None:
    body = batch(
        client,
        {
            "right": {"query": "镇海区总工会", "properties": [{"pid": "region", "v": "宁波市"}]},
            "code": {"query": "镇海区总工会", "properties": [{"pid": "region", "v": "330211000000"}]},
            "wrong": {"query": "镇海区总工会", "properties": [{"pid": "region", "v": "无锡市"}]},
            "person": {"query": "王颍", "properties": [{"pid": "organisation", "v": ["无锡市梁溪区总工会"]}]},
            "level": {"query": "镇海区总工会", "properties": [{"pid": "level", "v": "city"}]},
        },
    )
    for key in ("right", "code", "person"):
        first = body[key]["result"][0]
        assert first["match"] and first["score"] == 100 and {"id": "name", "value": 1.0} in first["features"], key
    for key in ("wrong", "level"):
        first = body[key]["result"][0]
        assert first["name"] == "宁波市镇海区总工会" and first["score"] == 70 and not first["match"], key
        assert {"id": "region" if key == "wrong" else "level", "value": False} in first["features"]


def test_single_query_jsonp_and_bad_input(client: TestClient) -> None:
    single = client.get("/reconcile", params={"query": "王颍"})
    assert single.status_code == 200 and single.json()["result"][0]["name"] == "王颍"
    jsonp = client.get("/reconcile", params={"callback": "jQuery123_456"})
    assert jsonp.headers["content-type"].startswith("application/javascript")
    assert jsonp.text.startswith("jQuery123_456(") and jsonp.text.endswith(");")
    jsonschema.validate(json.loads(jsonp.text[len("jQuery123_456(") : -2]), MANIFEST)
    for params, name in (({"queries": "{not json"}, "queries"), ({"queries": "[1]"}, "queries"), ({"callback": "alert(1)//"}, "callback")):
        response = client.get("/reconcile", params=params)
        assert response.status_code == 422 and [p["parameter"] for p in response.json()["error"]["details"]["parameters"]] == [name]
    limit = client.post("/reconcile", data={"queries": json.dumps({"q": {"query": "x", "limit": 0}})})
    assert limit.status_code == 422 and limit.json()["error"]["details"]["query"] == "q"


def test_preview_and_suggest(client: TestClient) -> None:
    union = find_id(client, "无锡市梁溪区总工会", "Union")
    preview = client.get("/reconcile/preview", params={"id": union})
    assert preview.status_code == 200 and preview.headers["content-type"].startswith("text/html")
    assert "无锡市梁溪区总工会" in preview.text and f"#entity={union}" in preview.text and "无锡市" in preview.text
    missing = client.get("/reconcile/preview", params={"id": "union-<script>"})
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"
    entities = client.get("/reconcile/suggest/entity", params={"prefix": "梁溪区总工会"}).json()
    jsonschema.validate(entities, SUGGEST)
    assert entities["result"][0]["id"] == union and entities["result"][0]["notable"][0]["id"] == "Union"
    typed = client.get("/reconcile/suggest/entity", params={"prefix": "梁溪", "type": "Programme"}).json()
    assert typed["result"] and all(r["notable"][0]["id"] == "Programme" for r in typed["result"])
    types = client.get("/reconcile/suggest/type", params={"prefix": "工会"}).json()
    jsonschema.validate(types, SUGGEST)
    assert [t["id"] for t in types["result"]] == ["Union"]
    props = client.get("/reconcile/suggest/property", params={"prefix": "reg"}).json()
    jsonschema.validate(props, SUGGEST)
    assert [p["id"] for p in props["result"]] == ["region"]
