"""Guardrails on every response: paging ranges, evidence and /cypher size caps, time and memory limits, and a
schemathesis fuzz of the whole API: no 500, one error shape."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import pytest
from api_helpers import find_id, named_parameters
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from schemathesis import Case
from schemathesis.openapi import from_dict

from api.app import create_app
from api.deps import MAX_OFFSET
from api.models import ErrorResponse
from core.settings import Settings
from graph.client import Graph

pytestmark = pytest.mark.neo4j

EXTRA_EVIDENCE = 30
BYTE_CAP = 20_000


@pytest.fixture(scope="module")
def guarded(seeded_graph: Graph, neo4j_settings: Settings) -> Iterator[TestClient]:
    """The app with a small byte cap and a 3 s query timeout, over the seeds."""
    seeded_graph.driver.execute_query("CALL db.awaitIndexes(60)")
    settings = neo4j_settings.model_copy(update={"cypher_max_bytes": BYTE_CAP, "query_timeout": 3.0, "api_cache_mb": 0})
    with TestClient(create_app(settings)) as client:
        yield client


@pytest.mark.parametrize("offset", [2**31, 2**63, 10**30, MAX_OFFSET + 1])
@pytest.mark.parametrize(
    "path",
    [
        "/search?q=工会",
        "/programmes",
        "/entities/{p}/relationships",
        "/unions/{u}/leaders",
        "/unions/{u}/hierarchy",
        "/organisations/{u}/partners",
        "/awards/{a}/recipients",
    ],
)
def test_an_offset_out_of_range_is_422_with_the_range(guarded: TestClient, path: str, offset: int) -> None:
    ids = {"p": "person-x", "u": "union-x", "a": "award-x"}
    path, _, query = path.partition("?")
    response = guarded.get(path.format(**ids), params={"offset": offset, **dict([query.split("=")] if query else [])})
    assert response.status_code == 422, response.text  # was 503 graph_unavailable (2**31) or 500 (2**63)
    assert named_parameters(response) == ["offset"] and f"{MAX_OFFSET}" in response.json()["error"]["message"]


def test_the_deepest_offset_allowed_answers(guarded: TestClient) -> None:
    response = guarded.get("/programmes", params={"offset": MAX_OFFSET})
    assert response.status_code == 200 and response.json()["items"] == []


def _pad_evidence(graph: Graph, person: str) -> None:
    """Give the person's LEADS relationship EXTRA_EVIDENCE more evidence items (as 30 more articles would)."""
    graph.driver.execute_query(
        "MATCH (:Person {id: $person})-[r:LEADS]->() WITH r LIMIT 1 "
        "UNWIND range(1, $n) AS i WITH r, collect('article-pad-' + toString(i)) AS ids "
        "SET r.evidence_article_ids = r.evidence_article_ids + ids, "
        "r.evidence_sentences = r.evidence_sentences + [x IN ids | 'sentence of ' + x], "
        "r.evidence_starts = r.evidence_starts + [x IN ids | 0], r.evidence_ends = r.evidence_ends + [x IN ids | 1]",
        person=person,
        n=EXTRA_EVIDENCE,
        database_=graph.settings.neo4j_database,
    )


def test_evidence_lists_are_capped_newest_first_and_page_through_evidence(
    guarded: TestClient,
    seeded_graph: Graph,
    neo4j_settings: Settings,
) -> None:
    person = find_id(guarded, "王颍", "Person")
    _pad_evidence(seeded_graph, person)
    rels = guarded.get(f"/entities/{person}/relationships", params={"type": "LEADS"}).json()["items"]
    leads = rels[0]
    limit = neo4j_settings.evidence_limit
    assert leads["evidence_total"] == EXTRA_EVIDENCE + 1 and len(leads["evidence"]) == limit
    assert [e["article_id"] for e in leads["evidence"]] == [f"article-pad-{i}" for i in range(EXTRA_EVIDENCE, EXTRA_EVIDENCE - limit, -1)]
    union = leads["neighbour"]["id"]
    leaders = guarded.get(f"/unions/{union}/leaders").json()["items"]
    assert all(len(item["evidence"]) <= limit for item in leaders)
    seen: list[str] = []
    for offset in range(0, EXTRA_EVIDENCE + 1, 7):
        page = guarded.get("/evidence", params={"source": person, "type": "LEADS", "target": union, "offset": offset, "limit": 7})
        assert page.status_code == 200, page.text
        assert page.json()["total"] == EXTRA_EVIDENCE + 1
        seen += [e["article_id"] for e in page.json()["items"]]
    assert len(seen) == len(set(seen)) == EXTRA_EVIDENCE + 1 and seen[:limit] == [e["article_id"] for e in leads["evidence"]]
    assert not seen[-1].startswith("article-pad-")  # the seed's own evidence is the oldest


def test_evidence_of_no_such_relationship_is_404_naming_both_ends(guarded: TestClient) -> None:
    response = guarded.get("/evidence", params={"source": "person-x", "type": "LEADS", "target": "union-x"})
    assert response.status_code == 404 and named_parameters(response) == ["source", "target"]


def test_cypher_caps_bytes_as_well_as_rows(guarded: TestClient) -> None:
    query = "UNWIND range(1, 500) AS i RETURN i, '" + "工" * 100 + "' AS pad"
    response = guarded.post("/cypher", json={"query": query})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["truncated"] and body["truncated_by"] == "bytes" and body["byte_cap"] == BYTE_CAP
    assert 0 < len(body["rows"]) < 500
    assert len(json.dumps(body["rows"], ensure_ascii=False, separators=(",", ":")).encode()) <= BYTE_CAP
    small = guarded.post("/cypher", json={"query": "UNWIND range(1, 5) AS i RETURN i"}).json()
    assert not small["truncated"] and small["truncated_by"] is None and len(small["rows"]) == 5


def test_a_memory_bomb_stops_at_the_memory_limit_well_within_the_timeout(neo4j_settings: Settings) -> None:
    """With the default 10 s limit, the per-transaction memory limit stops a collect() bomb first (1-3 s measured)."""
    settings = neo4j_settings.model_copy(update={"query_timeout": 10.0, "api_cache_mb": 0})
    with TestClient(create_app(settings)) as client:
        started = time.monotonic()
        response = client.post("/cypher", json={"query": "UNWIND range(1, 100000000) AS i WITH collect(i) AS xs RETURN size(xs)"})
        elapsed = time.monotonic() - started
    assert response.status_code == 422, response.text  # was a 503 graph_unavailable after retries (19.6 s vs a 10 s limit)
    assert response.json()["error"]["code"] == "query_memory_limit" and elapsed < 10.0, elapsed


def test_a_slow_query_stops_at_the_timeout(guarded: TestClient) -> None:
    started = time.monotonic()
    response = guarded.post("/cypher", json={"query": "UNWIND range(1, 2000000000) AS i WITH i WHERE i % 7 = 0 RETURN count(*)"})
    elapsed = time.monotonic() - started
    assert response.status_code == 504 and response.json()["error"]["code"] == "query_timeout", response.text
    assert elapsed < 3.0 + 2.0, elapsed


@pytest.mark.parametrize("value", [2**64, -(2**70)])
def test_a_parameter_neo4j_cannot_take_is_422_naming_params(guarded: TestClient, value: int) -> None:
    response = guarded.post("/cypher", json={"query": "RETURN $x AS x", "params": {"x": value}})
    assert response.status_code == 422 and named_parameters(response) == ["params"], response.text


def test_non_finite_floats_do_not_break_the_answer(guarded: TestClient) -> None:
    response = guarded.post("/cypher", json={"query": "RETURN 0.0 / 0.0 AS nan, 1.0 / 0.0 AS inf"})
    assert response.status_code == 200, response.text


# -- Fuzzing -----------------------------------------------------------------
# Every operation of the API's own OpenAPI, fuzzed with schemathesis against the
# real app and Neo4j (this module's seeded graph). Bounded: FUZZ_EXAMPLES cases an
# operation, derandomized so a run is repeatable (about 40 s in all). The
# property: no 500, and every error answer has the one shape
# (api.models.ErrorResponse). POST /articles gets the real API key, so its cases
# reach extraction and the writer.
FUZZ_EXAMPLES = 20
SLOW_OPERATIONS = {"/export/{format}": 4}  # each case streams the whole graph (~1.3 s)
SCHEMA = from_dict(create_app(Settings()).openapi())  # building the app touches no server
OPERATIONS = [result.ok() for result in SCHEMA.get_all_operations()]


def _request(case: Case, key: str) -> dict[str, Any]:
    """The case as keyword arguments of the test client (the API key made real for POST /articles)."""
    kwargs = case.as_transport_kwargs(base_url="http://testserver")
    kwargs.pop("cookies", None)
    if case.method == "POST" and case.path == "/articles":
        kwargs["headers"] = {k: v for k, v in kwargs["headers"].items() if k.lower() != "x-api-key"} | {"X-API-Key": key}
    if "data" in kwargs:
        kwargs["content"] = kwargs.pop("data")
    return kwargs


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: f"{op.method.upper()} {op.path}")
def test_no_operation_answers_500_and_every_error_has_one_shape(
    guarded: TestClient,
    neo4j_settings: Settings,
    operation: Any,
) -> None:
    assert neo4j_settings.api_key is not None
    key = neo4j_settings.api_key.get_secret_value()

    @given(case=operation.as_strategy())
    @settings(
        max_examples=SLOW_OPERATIONS.get(operation.path, FUZZ_EXAMPLES),
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def check(case: Case) -> None:
        response = guarded.request(**_request(case, key))
        assert response.status_code != 500, f"{case.method} {case.formatted_path} → 500: {response.text[:500]}"
        if response.status_code >= 400:
            ErrorResponse.model_validate(response.json())

    check()
