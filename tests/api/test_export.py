"""Bulk exports (``GET /export/{format}``, ``unionkg export``) of the seeded graph, read back by pandas and networkx."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import networkx as nx
import pandas as pd
import pytest
from fastapi.testclient import TestClient

from graph.client import Graph
from graph.export import LABELS, TYPES, Selection, iter_nodes, iter_relationships

pytestmark = pytest.mark.neo4j
UNIONKG = str(Path(sys.executable).parent / "unionkg")


def graph_counts(graph: Graph) -> tuple[dict[str, int], dict[str, int]]:
    labels = {r["label"]: r["count"] for r in graph.run("stats_labels").rows if r["label"] in LABELS}
    types = {r["type"]: r["count"] for r in graph.run("stats_relationships").rows if r["type"] in TYPES}
    return labels, types


def csv_frames(client: TestClient, **params: Any) -> dict[str, pd.DataFrame]:
    response = client.get("/export/csv", params=params)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    assert archive.testzip() is None
    return {name: pd.read_csv(archive.open(name)) for name in archive.namelist()}


def test_csv_has_a_file_per_label_and_type_that_pandas_reads_without_options(client: TestClient, seeded_graph: Graph) -> None:
    frames = csv_frames(client)
    labels, types = graph_counts(seeded_graph)
    assert sorted(frames) == sorted([f"nodes_{label}.csv" for label in LABELS] + [f"edges_{t}.csv" for t in TYPES])
    for label, count in labels.items():
        nodes = frames[f"nodes_{label}.csv"]
        assert list(nodes.columns[:3]) == ["id", "name", "aliases"]  # the byte-order mark is not in the header
        assert len(nodes) == count and nodes["id"].is_unique
    for rel_type, count in types.items():
        edges = frames[f"edges_{rel_type}.csv"]
        assert len(edges.drop_duplicates(["source_id", "target_id"])) == count, rel_type
    regions = frames["nodes_Region.csv"]
    assert regions["longitude"].dtype == float and regions["code"].notna().all()
    assert all(isinstance(json.loads(a), list) for a in frames["nodes_Union.csv"]["aliases"])


def test_csv_edges_carry_their_evidence(client: TestClient) -> None:
    leads = csv_frames(client, type="LEADS", label="Person")["edges_LEADS.csv"]
    row = leads[(leads.source_name == "王颍") & (leads.target_name == "无锡市梁溪区总工会")].iloc[0]
    assert row.title == "党组书记、副主席" and row.source_label == "Person" and row.target_label == "Union"
    assert row.article_id.startswith("article-") and isinstance(row.article_title, str) and row.article_title
    assert "王颍" in row.sentence and row.start < row.end and row.evidence_count >= 1
    for column in ("article_date", "source_paper", "evidence_index"):
        assert column in leads.columns
    assert (leads.evidence_index < leads.evidence_count).all()


def test_graphml_round_trips_through_networkx(client: TestClient, seeded_graph: Graph) -> None:
    response = client.get("/export/graphml")
    assert response.status_code == 200 and response.headers["content-type"].startswith("application/graphml+xml")
    g = nx.read_graphml(io.BytesIO(response.content))
    labels, types = graph_counts(seeded_graph)
    assert g.number_of_nodes() == sum(labels.values())
    assert g.number_of_edges() == sum(types.values())
    by_type: dict[str, int] = {}
    for _, _, data in g.edges(data=True):
        by_type[data["type"]] = by_type.get(data["type"], 0) + 1
    assert by_type == {t: c for t, c in types.items() if c}
    region = next(d for _, d in g.nodes(data=True) if d["type"] == "Region")
    assert isinstance(region["longitude"], float) and isinstance(json.loads(region["aliases"]), list)
    union = next(d for _, d in g.nodes(data=True) if d["name"] == "无锡市梁溪区总工会")
    assert union["label"] == "无锡市梁溪区总工会" and union["level"] == "county"
    lead = next(d for s, t, d in g.edges(data=True) if d["type"] == "LEADS" and g.nodes[s]["name"] == "王颍")
    assert lead["title"] == "党组书记、副主席" and lead["evidence_count"] == len(json.loads(lead["evidence"])) >= 1
    assert json.loads(lead["evidence"])[0]["sentence"]
    received = [d for _, _, d in g.edges(data=True) if d["type"] == "RECEIVED" and "year" in d]
    assert received and all(isinstance(d["year"], int) for d in received)


def test_jsonl_has_every_node_and_relationship_with_full_evidence(client: TestClient, seeded_graph: Graph) -> None:
    response = client.get("/export/jsonl")
    assert response.status_code == 200
    lines = [json.loads(line) for line in response.text.splitlines()]
    labels, types = graph_counts(seeded_graph)
    assert sum(1 for x in lines if x["kind"] == "node") == sum(labels.values())
    rels = [x for x in lines if x["kind"] == "relationship"]
    assert len(rels) == sum(types.values())
    evidence = [e for r in rels for e in r["evidence"]]
    assert evidence and all(
        set(e) == {"article_id", "article_title", "article_date", "source_paper", "sentence", "start", "end"} for e in evidence
    )
    assert all(not k.startswith("evidence_") for r in rels for k in r["properties"])


def test_label_and_type_filters(client: TestClient, seeded_graph: Graph) -> None:
    frames = csv_frames(client, label=["Union", "Person"], type="PART_OF")
    assert sorted(frames) == ["edges_PART_OF.csv", "nodes_Person.csv", "nodes_Union.csv"]
    lines = client.get("/export/jsonl", params={"label": "Award", "type": ["RECEIVED"]}).text.splitlines()
    kinds = {(x["kind"], x.get("label") or x.get("type")) for x in map(json.loads, lines)}
    assert kinds == {("node", "Award"), ("relationship", "RECEIVED")}


def test_bad_format_or_label_is_a_422_naming_it(client: TestClient) -> None:
    for path, params, name in (
        ("/export/xlsx", {}, "format"),
        ("/export/csv", {"label": "Article"}, "label"),
        ("/export/csv", {"since": "yesterday"}, "since"),
    ):
        response = client.get(path, params=params)
        assert response.status_code == 422, path
        assert response.json()["error"]["details"]["parameters"][0]["parameter"].split(".")[0] == name


def test_keyset_pages_give_the_same_rows_as_one_page(seeded_graph: Graph) -> None:
    selection = Selection()
    for label in ("Union", "Programme"):
        small = [n.id for page in iter_nodes(seeded_graph, label, selection, batch=7) for n in page]
        large = [n.id for page in iter_nodes(seeded_graph, label, selection, batch=10_000) for n in page]
        assert small == large and len(small) == len(set(small)) > 7
    small_rels = [(r.source.id, r.target.id) for p in iter_relationships(seeded_graph, "HOSTED", selection, batch=3) for r in p]
    large_rels = [(r.source.id, r.target.id) for p in iter_relationships(seeded_graph, "HOSTED", selection, batch=10_000) for r in p]
    assert small_rels == large_rels and len(small_rels) > 3


def test_cli_writes_csv_files_graphml_and_jsonl(seeded_graph: Graph, tmp_path: Path) -> None:
    s = seeded_graph.settings
    env = {**os.environ, "UNIONKG_NEO4J_URI": s.bolt_uri, "UNIONKG_NEO4J_PASSWORD": s.neo4j_password.get_secret_value()}
    run = [UNIONKG, "export", "--label", "Union", "--type", "PART_OF"]
    done = subprocess.run([*run, str(tmp_path / "csv")], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in (tmp_path / "csv").iterdir()) == ["edges_PART_OF.csv", "nodes_Union.csv"]
    labels, types = graph_counts(seeded_graph)
    assert len(pd.read_csv(tmp_path / "csv" / "nodes_Union.csv")) == labels["Union"]
    done = subprocess.run([*run, "--format", "graphml", str(tmp_path / "g.graphml")], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    g = nx.read_graphml(tmp_path / "g.graphml")
    assert g.number_of_edges() == types["PART_OF"]
    done = subprocess.run([*run, "-f", "jsonl", "-"], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and len(done.stdout.splitlines()) == labels["Union"] + types["PART_OF"]
    bad = subprocess.run(
        [UNIONKG, "export", "--label", "Article", str(tmp_path / "x")], env=env, capture_output=True, text=True, timeout=300
    )
    assert bad.returncode == 2 and "unknown label Article" in bad.stderr
