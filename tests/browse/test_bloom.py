"""The Bloom perspective against the live, seeded graph.

Every label, relationship type and property it names exists in the graph;
every search phrase, parameter suggestion and scene action is a read-only
query (EXPLAIN says query type 'r', and it runs in a read transaction) that
returns rows for an example taken from the seeded graph.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

import neo4j
import pytest

from graph.client import Graph

pytestmark = pytest.mark.neo4j

BODY = "(b:Union OR b:Enterprise OR b:Organisation)"

#: For each search phrase, a query picking its parameters from the seeded graph.
EXAMPLES: dict[str, str] = {
    "Leaders of $union": "MATCH (:Person)-[:LEADS]->(u:Union) RETURN u.name AS union ORDER BY union LIMIT 1",
    "Programmes hosted by $body": f"MATCH (b)-[:HOSTED]->(:Programme) WHERE {BODY} RETURN b.name AS body ORDER BY body LIMIT 1",
    "Partners of $body": f"MATCH (b)-[:PARTNERED_WITH]-() WHERE {BODY} RETURN b.name AS body ORDER BY body LIMIT 1",
    "Path between $first and $second": (
        f"MATCH (b)-[:PART_OF|HOSTED|PARTNERED_WITH|LOCATED_IN*2..3]-(c) WHERE {BODY} "
        "AND (c:Union OR c:Enterprise OR c:Organisation) AND b.name <> c.name "
        "RETURN b.name AS first, c.name AS second ORDER BY first, second LIMIT 1"
    ),
    "Programmes related to $programme": (
        "MATCH (p:Programme)<-[:HOSTED]-()-[:PARTNERED_WITH*0..1]-()-[:HOSTED]->(q:Programme) WHERE p <> q "
        "RETURN p.name AS programme ORDER BY programme LIMIT 1"
    ),
    "Awards received in $region": (
        "MATCH (x)-[:RECEIVED]->(:Award) MATCH (x)-[:LEADS|WORKS_AT*0..1]->()-[:LOCATED_IN]->(r:Region) "
        "RETURN r.name AS region ORDER BY region LIMIT 1"
    ),
}

#: For each scene action, the selection it is tried on.
SELECTIONS: dict[str, str] = {
    "Source articles": "MATCH (n:Union)-[:MENTIONED_IN]->(:Article) RETURN collect(DISTINCT elementId(n))[..5] AS nodes",
    "Evidence articles of relationships": ("MATCH ()-[r:LEADS]->() RETURN collect(elementId(r))[..5] AS relationships"),
}

UNKNOWN_NAME_WARNINGS = ("UnknownLabelWarning", "UnknownRelationshipTypeWarning", "UnknownPropertyKeyWarning")


def one_row(graph: Graph, cypher: str) -> dict[str, Any]:
    """The first row of a query on the seeded graph; fails when there is none."""
    with graph.session() as session:
        record = session.run(cypher).single()  # type: ignore[arg-type]
    assert record is not None, f"the seeded graph has no example for: {cypher}"
    return record.data()


def explain(graph: Graph, cypher: str, params: dict[str, Any]) -> neo4j.ResultSummary:
    with graph.session() as session:
        return session.run(f"EXPLAIN {cypher}", params).consume()  # type: ignore[arg-type]


def run_read(graph: Graph, cypher: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    """Run in a read transaction (refused by the server if the query writes)."""

    def work(tx: neo4j.ManagedTransaction) -> list[dict[str, Any]]:
        return [r.data() for r in tx.run(cypher, params)]  # type: ignore[arg-type]

    with graph.session(read=True) as session:
        return session.execute_read(work)


def assert_read_only_and_known(graph: Graph, cypher: str, params: dict[str, Any]) -> None:
    summary = explain(graph, cypher, params)
    assert summary.query_type == "r", f"not a read-only query ({summary.query_type}):\n{cypher}"
    unknown = [n.code for n in summary.notifications or [] if any(w in n.code for w in UNKNOWN_NAME_WARNINGS)]
    assert not unknown, f"names the graph does not have ({unknown}):\n{cypher}"


def test_written_files_are_current(make_styles: ModuleType) -> None:
    """The perspective, the .grass and the explorer's style are what make_styles.py writes."""
    for path, text in make_styles.outputs().items():
        assert path.read_text(encoding="utf-8") == text, f"{path.name} is stale: run uv run python browse/make_styles.py"


def test_one_category_a_label_captioned_by_name(perspective: dict[str, Any], model: tuple[frozenset[str], frozenset[str]]) -> None:
    labels, types = model
    cats = {c["labels"][0]: c for c in perspective["categories"]}
    assert set(cats) == labels
    for label, cat in cats.items():
        assert cat["captionKeys"] == ["title" if label == "Article" else "name"]
    assert len({c["color"].lower() for c in cats.values()}) == len(cats), "colours must differ"
    assert len({c["icon"] for c in cats.values()}) == len(cats), "icons must differ"
    rels = {r["name"]: r for r in perspective["relationshipTypes"]}
    assert set(rels) == types
    assert rels["LEADS"]["captionKeys"] == ["title"] and rels["RECEIVED"]["captionKeys"] == ["year"]


def test_every_name_in_the_perspective_exists_in_the_graph(vocab: Any, perspective: dict[str, Any], where_given: frozenset[str]) -> None:
    labels = {lab for c in perspective["categories"] for lab in c["labels"]} | set(perspective["labels"])
    labels |= {s[k] for s in perspective["metadata"]["pathSegments"] for k in ("source", "target")}
    types = {r["name"] for r in perspective["relationshipTypes"]}
    types |= {s["relationshipType"] for s in perspective["metadata"]["pathSegments"]}
    properties = {p["name"] for c in perspective["categories"] for p in c["properties"]}
    properties |= {k for c in perspective["categories"] for k in c["captionKeys"]}
    properties |= {p["propertyKey"] for props in perspective["labels"].values() for p in props}
    properties |= {p["propertyKey"] for r in perspective["relationshipTypes"] for p in r["properties"]}
    properties |= {k for r in perspective["relationshipTypes"] for k in r["captionKeys"] if k != "0_REL_TYPE_CAPTION_KEY"}
    properties |= {p["suggestionProp"] for t in perspective["templates"] for p in t["params"] if p["suggestionProp"]}
    assert labels - vocab.labels == set()
    assert types - vocab.types == set()
    assert properties - vocab.properties - where_given == set()
    assert "name" in vocab.properties and "title" in vocab.properties and "evidence_sentences" in vocab.properties


def template_ids(perspective: dict[str, Any]) -> list[str]:
    return [t["text"] for t in perspective["templates"]]


def test_every_search_phrase_has_an_example(perspective: dict[str, Any]) -> None:
    assert set(template_ids(perspective)) == set(EXAMPLES)
    assert {a["name"] for a in perspective["sceneActions"]} == set(SELECTIONS)


@pytest.mark.parametrize("text", sorted(EXAMPLES))
def test_search_phrase_is_read_only_and_answers(seeded_graph: Graph, perspective: dict[str, Any], text: str) -> None:
    template = next(t for t in perspective["templates"] if t["text"] == text)
    params = one_row(seeded_graph, EXAMPLES[text])
    assert {f"${k}" for k in params} == {p["name"] for p in template["params"]}
    assert_read_only_and_known(seeded_graph, template["cypher"], params)
    rows = run_read(seeded_graph, template["cypher"], params)
    assert rows, f"{text} with {params} returned nothing"
    for param in template["params"]:
        if param["cypher"]:
            assert_read_only_and_known(seeded_graph, param["cypher"], {})
            suggestions = [next(iter(r.values())) for r in run_read(seeded_graph, param["cypher"], {})]
            assert params[param["name"][1:]] in suggestions


@pytest.mark.parametrize("name", sorted(SELECTIONS))
def test_scene_action_is_read_only_and_answers(seeded_graph: Graph, perspective: dict[str, Any], name: str) -> None:
    action = next(a for a in perspective["sceneActions"] if a["name"] == name)
    selection = one_row(seeded_graph, SELECTIONS[name])
    params = {"nodes": [], "relationships": [], **selection}
    assert any(params.values()), f"the seeded graph has nothing to select for {name}"
    assert_read_only_and_known(seeded_graph, action["cypher"], params)
    rows = run_read(seeded_graph, action["cypher"], params)
    assert rows, f"{name} on {selection} returned nothing"
    assert all(row.get("a") is not None for row in rows), "every row should carry its article"


def test_source_articles_returns_only_articles_of_the_selection(seeded_graph: Graph, perspective: dict[str, Any]) -> None:
    action = next(a for a in perspective["sceneActions"] if a["name"] == "Source articles")
    selection = one_row(seeded_graph, SELECTIONS["Source articles"])
    chosen = selection["nodes"][0]
    rows = run_read(seeded_graph, action["cypher"], {"nodes": [chosen], "relationships": []})
    expected = run_read(seeded_graph, "MATCH (n) WHERE elementId(n) = $e RETURN n.id AS id", {"e": chosen})
    assert rows and {row["n"]["id"] for row in rows} == {expected[0]["id"]}
