"""Ingest cost stays flat as the graph grows: the write and ingest queries' plans (made once,
on an empty graph: replan=skip) start from unique-index seeks, and a hub PART_OF's evidence
does not grow with every page (against the real Neo4j)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from graph_helpers import page_article

from extract.assemble.ids import entity_id
from extract.models import DocResult, Entity, Mention, Relation
from graph.client import Graph
from graph.writer import GraphWriter

pytestmark = pytest.mark.neo4j

_BY_ID_AFTER_SEEK = re.compile(r"^\w+\.id = \w+$")
_BY_REGION_AFTER_SEEK = re.compile(r"^\w+\.region_code = \w+\.code$")  # a level seek, then every union of it filtered


def page(doc: str) -> DocResult:
    """An article naming 江苏省总工会 and 中华全国总工会 (the extractor links them: a page-level PART_OF)."""
    text = "江苏省总工会召开会议。中华全国总工会召开会议。"
    article = page_article(doc, text)
    bodies = [("江苏省总工会", "province", "320000000000", 0), ("中华全国总工会", "national", None, 11)]
    return DocResult(
        doc=doc,
        articles=[article],
        entities=[
            Entity(
                id=entity_id("Union", name),
                type="Union",
                name=name,
                level=level,
                region_code=code,
                mentions=[Mention(article_id=article.id, text=name, start=at, end=at + len(name))],
            )
            for name, level, code, at in bodies
        ],
    )


def plan_operators(plan: dict[str, Any]) -> list[tuple[str, str]]:
    out = [(plan["operatorType"].split("@")[0], str(plan.get("args", {}).get("Details") or ""))]
    for child in plan.get("children", []):
        out += plan_operators(child)
    return out


def test_write_and_ingest_plans_on_an_empty_graph_never_scan(empty_graph: Graph) -> None:
    for name, query in sorted(empty_graph.registry.queries.items()):
        if not name.startswith(("write_", "ingest_")) or name.startswith("ingest_dump"):
            continue
        with empty_graph.session(read=False) as session:
            result = session.run("EXPLAIN " + query.text, {p: [] for p in query.parameters})
            plan = result.consume().plan
        assert plan is not None
        for operator, details in plan_operators(plan):
            assert "Scan" not in operator, (name, operator, details)
            assert "Scan" not in details, (name, operator, details)  # nested plans (COLLECT {...}) included
            assert not (operator == "Filter" and _BY_ID_AFTER_SEEK.match(details)), (name, details)
            assert not (operator == "Filter" and _BY_REGION_AFTER_SEEK.match(details)), (name, details)


def test_a_hub_part_of_keeps_the_evidence_it_was_derived_with(empty_graph: Graph) -> None:
    writer = GraphWriter(empty_graph)
    for i in range(6):
        writer.write([page(f"p{i}.txt")])
    rows = empty_graph.driver.execute_query(
        "MATCH (:Union {name: '江苏省总工会'})-[r:PART_OF]->(:Union {name: '中华全国总工会'}) "
        "RETURN r.basis AS basis, r.evidence_article_ids AS ids"
    ).records
    assert [(r["basis"], r["ids"]) for r in rows] == [("geography", ["article-p0.txt", "article-p0.txt"])]


def test_page_links_append_no_evidence_to_a_derived_link(empty_graph: Graph) -> None:
    """The extractor's own PART_OF of each page (basis geography) adds nothing to a link that has evidence."""

    writer = GraphWriter(empty_graph)
    for i in range(4):
        doc = page(f"q{i}.txt")
        doc.relations.append(Relation(type="PART_OF", source=doc.entities[0].id, target=doc.entities[1].id))
        writer.write([doc])
    ids = empty_graph.driver.execute_query("MATCH ()-[r:PART_OF]->() RETURN r.evidence_article_ids AS ids").records
    assert [r["ids"] for r in ids] == [["article-q0.txt", "article-q0.txt"]]
