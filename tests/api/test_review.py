"""The review queue (POST /review, GET /review) against the real app and Neo4j holding the seeds:
decisions hide what is rejected from the read endpoints and the exports, survive re-ingest, mark
confirmed edges in exports, and keep both ids of a merge resolvable."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pandas as pd
import pytest
from api_helpers import find_id, named_parameters
from fastapi.testclient import TestClient

from api.app import create_app
from core.settings import Settings
from graph.client import Graph
from ingest.run import ingest_paths

pytestmark = pytest.mark.neo4j
UNIONKG = str(Path(sys.executable).parent / "unionkg")
SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def client(seeded_graph: Graph, neo4j_settings: Settings) -> Iterator[TestClient]:
    """The real app without its response cache (other processes ingest in these tests)."""
    seeded_graph.driver.execute_query("CALL db.awaitIndexes(60)")
    with TestClient(create_app(neo4j_settings.model_copy(update={"api_cache_mb": 0}))) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def key(neo4j_settings: Settings) -> dict[str, str]:
    assert neo4j_settings.api_key is not None
    return {"X-API-Key": neo4j_settings.api_key.get_secret_value()}


def decide(client: TestClient, key: dict[str, str], *decisions: dict[str, Any]) -> list[dict[str, Any]]:
    response = client.post("/review", json={"decisions": list(decisions)}, headers=key)
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


def neighbours(client: TestClient, entity: str, rel_type: str) -> dict[str, dict[str, Any]]:
    body = client.get(f"/entities/{entity}/relationships", params={"type": rel_type, "limit": 200}).json()
    return {item["neighbour"]["id"]: item for item in body["items"]}


def stored(graph: Graph, source: str, rel_type: str, target: str) -> bool:
    """Whether Neo4j holds the relationship (what the extractor wrote, whatever was decided)."""
    records = graph.driver.execute_query(
        "MATCH ({id: $s})-[r]-({id: $t}) WHERE type(r) = $type RETURN count(r) AS n", s=source, t=target, type=rel_type
    ).records
    return bool(records[0]["n"])


def export_edges(client: TestClient, rel_type: str) -> pd.DataFrame:
    response = client.get("/export/csv", params={"type": rel_type, "label": "Person"})
    assert response.status_code == 200, response.text
    return pd.read_csv(zipfile.ZipFile(io.BytesIO(response.content)).open(f"edges_{rel_type}.csv"))


# --- the API key ---------------------------------------------------------------


@pytest.mark.parametrize("headers", [{}, {"X-API-Key": "wrong-key"}])
def test_writing_without_the_key_is_401_in_the_one_error_shape(client: TestClient, headers: dict[str, str]) -> None:
    person = find_id(client, "王颍", "Person")
    response = client.post("/review", json={"decisions": [{"verdict": "reject", "entity": person}]}, headers=headers)
    assert response.status_code == 401
    body = response.json()
    assert set(body) == {"error"} and body["error"]["code"] == "unauthorized"
    assert named_parameters(response) == ["X-API-Key"]
    assert client.get("/review").json()["total"] == 0  # nothing was written


def test_writing_with_no_key_configured_is_403(neo4j_settings: Settings) -> None:
    with TestClient(create_app(neo4j_settings.model_copy(update={"api_key": None}))) as other:
        response = other.post(
            "/review", json={"decisions": [{"verdict": "confirm", "entity": "union-x"}]}, headers={"X-API-Key": "anything"}
        )
        assert response.status_code == 403 and response.json()["error"]["code"] == "forbidden"
        assert other.get("/review").status_code == 200  # reading needs no key


# --- reject ------------------------------------------------------------------------


def test_a_rejected_edge_is_hidden_and_stays_hidden_after_unionkg_ingest_again(
    client: TestClient, key: dict[str, str], seeded_graph: Graph, neo4j_settings: Settings
) -> None:
    person, union = find_id(client, "王颍", "Person"), find_id(client, "无锡市梁溪区总工会", "Union")
    assert union in neighbours(client, person, "LEADS")
    assert decide(
        client, key, {"verdict": "reject", "source": person, "type": "LEADS", "target": union, "note": "checked against the page"}
    ) == [{"subject": f"{person}|LEADS|{union}", "changed": True}]

    s = neo4j_settings
    env = {**os.environ, "UNIONKG_NEO4J_URI": s.bolt_uri, "UNIONKG_NEO4J_PASSWORD": s.neo4j_password.get_secret_value()}
    done = subprocess.run([UNIONKG, "ingest", str(SEEDS)], env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr

    assert stored(seeded_graph, person, "LEADS", union)  # the extracted fact is still in the graph
    assert union not in neighbours(client, person, "LEADS")
    assert person not in neighbours(client, union, "LEADS")
    leaders = client.get(f"/unions/{union}/leaders", params={"limit": 200}).json()["items"]
    assert person not in [leader["person"]["id"] for leader in leaders]
    counts = {c["type"]: c for c in client.get(f"/entities/{person}").json()["relationship_counts"]}
    assert "LEADS" not in counts or counts["LEADS"]["outgoing"] == 0
    article = client.get(f"/entities/{person}").json()["articles"][0]["id"]
    rels = client.get(f"/articles/{article}").json()["relationships"]
    assert not [r for r in rels if r["type"] == "LEADS" and r["source"]["id"] == person and r["target"]["id"] == union]


def test_a_rejected_edge_is_left_out_of_every_export(client: TestClient, seeded_graph: Graph) -> None:
    person, union = find_id(client, "王颍", "Person"), find_id(client, "无锡市梁溪区总工会", "Union")
    assert stored(seeded_graph, person, "LEADS", union)
    leads = export_edges(client, "LEADS")
    assert len(leads) > 0 and not ((leads["source_id"] == person) & (leads["target_id"] == union)).any()
    graphml = client.get("/export/graphml", params={"type": "LEADS", "label": "Person"}).content
    exported = nx.read_graphml(io.BytesIO(graphml))
    assert exported.number_of_edges() > 0 and not exported.has_edge(person, union)
    jsonl = client.get("/export/jsonl", params={"type": "LEADS", "label": "Person"}).text
    assert f'"id": "{person}"' in jsonl  # the person stays; only the edge is rejected
    assert not [line for line in jsonl.splitlines() if '"relationship"' in line and person in line and union in line]


def test_a_rejected_undirected_edge_named_either_way_is_hidden_from_both_ends(client: TestClient, key: dict[str, str]) -> None:
    a, b = find_id(client, "衢州市龙游县总工会", "Union"), find_id(client, "宁波市镇海区总工会", "Union")
    first, second = sorted([a, b])
    decide(client, key, {"verdict": "reject", "source": second, "type": "PARTNERED_WITH", "target": first})
    for one, other in ((a, b), (b, a)):
        partners = client.get(f"/organisations/{one}/partners").json()["items"]
        assert other not in [p["partner"]["id"] for p in partners]
    decisions = client.get("/review", params={"kind": "relationship"}).json()["items"]
    assert f"{first}|PARTNERED_WITH|{second}" in [d["subject"] for d in decisions]  # keyed as stored


def test_a_rejected_entity_leaves_search_and_takes_its_edges_along(client: TestClient, key: dict[str, str]) -> None:
    person = find_id(client, "许连寿", "Person")
    decide(client, key, {"verdict": "reject", "entity": person, "note": "not a person"})
    assert person not in [h["id"] for h in client.get("/search", params={"q": "许连寿"}).json()["items"]]
    assert client.get(f"/entities/{person}/relationships").json()["total"] == 0
    detail = client.get(f"/entities/{person}").json()
    assert detail["review"]["verdict"] == "reject" and detail["review"]["note"] == "not a person"
    nodes = client.get("/export/jsonl", params={"label": "Person", "type": "RECEIVED"}).text
    assert person not in nodes


# --- confirm -----------------------------------------------------------------------


def test_a_confirmed_edge_says_so_in_the_api_and_every_export(client: TestClient, key: dict[str, str]) -> None:
    person = find_id(client, "王颍", "Person")
    leads = export_edges(client, "LEADS")
    other = leads[leads["source_id"] != person].iloc[0]
    source, target = str(other["source_id"]), str(other["target_id"])
    assert not leads["confirmed"].any()
    decide(client, key, {"verdict": "confirm", "source": source, "type": "LEADS", "target": target})

    assert neighbours(client, source, "LEADS")[target]["confirmed"] is True
    leads = export_edges(client, "LEADS")
    mine = (leads["source_id"] == source) & (leads["target_id"] == target)
    assert leads.loc[mine, "confirmed"].all() and not leads.loc[~mine, "confirmed"].any()
    exported = nx.read_graphml(io.BytesIO(client.get("/export/graphml", params={"type": "LEADS", "label": "Person"}).content))
    assert exported.edges[source, target]["confirmed"] is True
    assert {d["confirmed"] for _, _, d in exported.edges(data=True)} == {True, False}


def test_the_same_decision_again_changes_nothing(client: TestClient, key: dict[str, str]) -> None:
    person, union = find_id(client, "王颍", "Person"), find_id(client, "无锡市梁溪区总工会", "Union")
    before = client.get("/review", params={"verdict": "reject", "kind": "relationship"}).json()
    again = decide(
        client, key, {"verdict": "reject", "source": person, "type": "LEADS", "target": union, "note": "checked against the page"}
    )
    assert again == [{"subject": f"{person}|LEADS|{union}", "changed": False}]
    assert client.get("/review", params={"verdict": "reject", "kind": "relationship"}).json() == before


# --- merge -------------------------------------------------------------------------


def test_a_merge_keeps_both_ids_resolvable(client: TestClient, key: dict[str, str]) -> None:
    old, kept = find_id(client, "梁溪英才计划", "Programme"), find_id(client, "梁溪职工大阅读行动系列活动", "Programme")
    old_neighbours = set(neighbours(client, old, "HOSTED"))
    assert old_neighbours
    decide(client, key, {"verdict": "merge", "entity": old, "into": kept, "note": "one programme"})

    via_old = client.get(f"/entities/{old}")
    assert via_old.status_code == 200
    assert via_old.json()["id"] == kept and via_old.json()["resolved_from"] == old
    via_kept = client.get(f"/entities/{kept}").json()
    assert via_kept["merged_ids"] == [old] and via_kept["resolved_from"] is None
    assert old_neighbours <= set(neighbours(client, kept, "HOSTED"))
    assert client.get(f"/entities/{old}/relationships").json()["id"] == kept
    assert old not in [h["id"] for h in client.get("/search", params={"q": "梁溪英才计划"}).json()["items"]]
    programmes = client.get("/export/jsonl", params={"label": "Programme", "type": "HOSTED"}).text
    assert f'"merged_into": "{kept}"' in programmes


def test_a_merge_across_labels_or_back_is_422(client: TestClient, key: dict[str, str]) -> None:
    merge = client.get("/review", params={"verdict": "merge"}).json()["items"][0]  # 梁溪英才计划, now out of search
    old, kept = merge["entity"]["id"], merge["into"]["id"]
    union = find_id(client, "无锡市梁溪区总工会", "Union")
    across = client.post("/review", json={"decisions": [{"verdict": "merge", "entity": kept, "into": union}]}, headers=key)
    assert across.status_code == 422 and named_parameters(across) == ["decisions.0.into"]
    back = client.post("/review", json={"decisions": [{"verdict": "merge", "entity": kept, "into": old}]}, headers=key)
    assert back.status_code == 422 and "cycle" in back.json()["error"]["message"]


# --- validation and the list ---------------------------------------------------------


def test_an_unknown_subject_is_404_naming_the_field(client: TestClient, key: dict[str, str]) -> None:
    person = find_id(client, "王颍", "Person")
    response = client.post(
        "/review", json={"decisions": [{"verdict": "reject", "source": person, "type": "RECEIVED", "target": "award-nope"}]}, headers=key
    )
    assert response.status_code == 404 and response.json()["error"]["code"] == "not_found"
    assert named_parameters(response) == ["decisions.0.source", "decisions.0.target"]
    missing = client.post("/review", json={"decisions": [{"verdict": "confirm", "entity": "union-nope"}]}, headers=key)
    assert missing.status_code == 404 and named_parameters(missing) == ["decisions.0.entity"]


@pytest.mark.parametrize(
    "decision",
    [
        {"verdict": "reject"},  # no subject
        {"verdict": "reject", "entity": "union-a", "source": "person-b", "type": "LEADS", "target": "union-a"},  # two
        {"verdict": "reject", "source": "person-b", "target": "union-a"},  # no type
        {"verdict": "merge", "entity": "union-a"},  # merge without into
        {"verdict": "confirm", "entity": "union-a", "into": "union-b"},  # into without merge
        {"verdict": "approve", "entity": "union-a"},  # unknown verdict
        {"verdict": "reject", "entity": "union-a", "note": "x" * 2001},  # note too long
    ],
)
def test_a_malformed_decision_is_422_in_the_one_error_shape(client: TestClient, key: dict[str, str], decision: dict[str, Any]) -> None:
    response = client.post("/review", json={"decisions": [decision]}, headers=key)
    assert response.status_code == 422, response.text
    assert response.json()["error"]["code"] == "bad_parameter" and named_parameters(response)


def test_review_lists_decisions_newest_first_in_pages(client: TestClient) -> None:
    everything = client.get("/review", params={"limit": 200}).json()
    assert everything["total"] == len(everything["items"]) >= 5
    assert [d["decided_at"] for d in everything["items"]] == sorted((d["decided_at"] for d in everything["items"]), reverse=True)
    second = client.get("/review", params={"limit": 2, "offset": 2}).json()
    assert second["total"] == everything["total"] and second["items"] == everything["items"][2:4]
    merged = client.get("/review", params={"verdict": "merge"}).json()["items"]
    assert [(d["entity"]["name"], d["into"]["name"]) for d in merged] == [("梁溪英才计划", "梁溪职工大阅读行动系列活动")]
    rejected = client.get("/review", params={"verdict": "reject", "kind": "relationship"}).json()["items"]
    assert {d["type"] for d in rejected} == {"LEADS", "PARTNERED_WITH"}
    assert all(d["source"]["name"] and d["target"]["name"] for d in rejected)


@pytest.mark.parametrize(
    "params, parameter",
    [
        ({"limit": 0}, "limit"),
        ({"limit": 201}, "limit"),
        ({"offset": -1}, "offset"),
        ({"offset": 1_000_001}, "offset"),
        ({"verdict": "approve"}, "verdict"),
        ({"kind": "article"}, "kind"),
    ],
)
def test_review_paging_is_validated(client: TestClient, params: dict[str, Any], parameter: str) -> None:
    response = client.get("/review", params=params)
    assert response.status_code == 422 and response.json()["error"]["code"] == "bad_parameter"
    assert named_parameters(response) == [parameter]


def test_decisions_survive_a_fresh_ingest_of_the_extracted_data(client: TestClient, key: dict[str, str], seeded_graph: Graph) -> None:
    """Everything the extractor wrote is deleted and the seeds ingested again: new relationships, same ids."""
    person, union = find_id(client, "王颍", "Person"), find_id(client, "无锡市梁溪区总工会", "Union")
    old = find_id(client, "梁溪职工大阅读行动系列活动", "Programme")  # the kept one; 梁溪英才计划 is merged into it
    seeded_graph.driver.execute_query("MATCH (n) WHERE NOT n:Decision DETACH DELETE n")
    assert client.get("/review").json()["total"] >= 5
    summary = ingest_paths(seeded_graph, [str(SEEDS)])
    assert not summary.errors
    assert stored(seeded_graph, person, "LEADS", union)
    assert union not in neighbours(client, person, "LEADS")
    merged = client.get("/entities/" + client.get("/review", params={"verdict": "merge"}).json()["items"][0]["entity"]["id"])
    assert merged.status_code == 200 and merged.json()["id"] == old


def test_a_rejected_programme_leaves_the_programme_lists_and_related(client: TestClient, key: dict[str, str]) -> None:
    listing = client.get("/programmes", params={"limit": 200}).json()["items"]
    related = {}
    for item in listing:
        if item["hosts"]:
            related = client.get(f"/programmes/{item['id']}/related", params={"limit": 50}).json()
            if related["items"]:
                break
    programme, other = related["id"], related["items"][0]["id"]
    host = next(p for p in listing if p["id"] == programme)["hosts"][0]["id"]
    decide(
        client,
        key,
        {"verdict": "reject", "entity": other, "note": "not a programme"},
        {"verdict": "reject", "source": host, "type": "HOSTED", "target": programme},
    )
    try:
        after = client.get("/programmes", params={"limit": 200}).json()["items"]
        assert other not in {p["id"] for p in after}
        assert host not in {h["id"] for p in after if p["id"] == programme for h in p["hosts"]}
        again = client.get(f"/programmes/{programme}/related", params={"limit": 50}).json()["items"]
        assert other not in {q["id"] for q in again}
    finally:
        decide(
            client,
            key,
            {"verdict": "confirm", "entity": other},
            {"verdict": "confirm", "source": host, "type": "HOSTED", "target": programme},
        )
    assert other in {p["id"] for p in client.get("/programmes", params={"limit": 200}).json()["items"]}
