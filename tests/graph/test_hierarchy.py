"""PART_OF across the whole graph: derived from the Region nodes and codes on every ingest,
direct parents only, every link with evidence (against the real Neo4j)."""

from __future__ import annotations

from typing import Any

import pytest
from graph_helpers import page_article

from extract.assemble.ids import entity_id
from extract.models import DocResult, Entity, Evidence, Mention, Relation
from graph.client import Graph
from graph.dump import canonical_dump
from graph.writer import GraphWriter

pytestmark = pytest.mark.neo4j

JIANGSU, WUXI, LIANGXI, XINWU = "320000000000", "320200000000", "320213000000", "320214000000"


def q(graph: Graph, cypher: str, **params: Any) -> list[dict[str, Any]]:
    with graph.driver.session(database=graph.settings.neo4j_database) as session:
        return [r.data() for r in session.run(cypher, params)]  # type: ignore[arg-type]


def parents(graph: Graph, name: str) -> list[str]:
    rows = q(graph, "MATCH (:Union {name: $n})-[:PART_OF]->(p) RETURN p.name AS p ORDER BY p", n=name)
    return [r["p"] for r in rows]


def page(doc: str, *bodies: tuple[str, str, str | None], date: str | None = None) -> DocResult:
    """One article naming each (name, level, region code) body in one sentence of its own."""
    text = "".join(f"{name}召开会议。" for name, _, _ in bodies)
    article = page_article(doc, text, title=doc, date=date)
    entities, offset = [], 0
    for name, level, code in bodies:
        entities.append(
            Entity(
                id=entity_id("Union", name),
                type="Union",
                name=name,
                level=level,
                region_code=code,
                mentions=[Mention(article_id=article.id, text=name, start=offset, end=offset + len(name))],
            )
        )
        offset += len(name) + len("召开会议。")
    return DocResult(doc=doc, articles=[article], entities=entities)


LIANGXI_U = ("无锡市梁溪区总工会", "county", LIANGXI)
XINWU_U = ("无锡市新吴区总工会", "county", XINWU)
WUXI_U = ("无锡市总工会", "city", WUXI)
JIANGSU_U = ("江苏省总工会", "province", JIANGSU)
ACFTU_U = ("中华全国总工会", "national", None)


def test_seed_federations_reach_their_parents_across_pages(seeded_graph: Graph) -> None:
    assert parents(seeded_graph, "无锡市梁溪区总工会") == ["无锡市总工会"]
    assert parents(seeded_graph, "江苏省总工会") == ["中华全国总工会"]
    assert parents(seeded_graph, "江苏省常州市总工会") == ["江苏省总工会"]


def test_paths_finds_a_route_to_the_national_federation(seeded_graph: Graph) -> None:
    ids = {r["name"]: r["id"] for r in q(seeded_graph, "MATCH (u:Union) RETURN u.name AS name, u.id AS id")}
    row = seeded_graph.run(
        "api_paths", {"from": ids["无锡市新吴区总工会"], "to": ids["中华全国总工会"], "max_hops": 6, "limit": 10, "evidence_limit": 10}
    ).rows[0]
    assert row["paths"], "no route from 新吴区总工会 to 全总"
    assert [h["type"] for h in row["paths"][0]["hops"]] == ["PART_OF"] * 3


def test_every_part_of_has_evidence_and_a_basis(seeded_graph: Graph) -> None:
    rows = q(
        seeded_graph,
        "MATCH (c)-[r:PART_OF]->(p) RETURN r.basis AS basis, r.evidence_article_ids AS ids, "
        "r.evidence_sentences AS sentences, r.region_codes AS codes, c.region_code AS child_code",
    )
    assert len(rows) > 38
    for row in rows:
        assert row["basis"] in ("geography", "name", "article", "sentence"), row
        assert row["ids"] and len(row["ids"]) == len(row["sentences"]), row
        if row["basis"] == "geography" and row["child_code"]:  # else a national industry union under 全总
            assert row["child_code"] == row["codes"][0], row


def test_a_new_page_connects_bodies_of_older_pages(empty_graph: Graph) -> None:
    writer = GraphWriter(empty_graph)
    writer.write([page("county.txt", LIANGXI_U, XINWU_U)])
    assert parents(empty_graph, "无锡市梁溪区总工会") == []
    writer.write([page("province.txt", JIANGSU_U, ACFTU_U)])
    assert parents(empty_graph, "江苏省总工会") == ["中华全国总工会"]
    assert parents(empty_graph, "无锡市梁溪区总工会") == []  # no link that skips the city
    writer.write([page("city.txt", WUXI_U)])
    assert parents(empty_graph, "无锡市梁溪区总工会") == ["无锡市总工会"]
    assert parents(empty_graph, "无锡市新吴区总工会") == ["无锡市总工会"]
    assert parents(empty_graph, "无锡市总工会") == ["江苏省总工会"]
    rel = q(empty_graph, "MATCH (:Union {name: '无锡市梁溪区总工会'})-[r:PART_OF]->() RETURN properties(r) AS r")[0]["r"]
    assert rel["basis"] == "geography"
    assert rel["region_codes"] == [LIANGXI, WUXI]
    assert rel["evidence_article_ids"] == ["article-county.txt", "article-city.txt"]  # the articles naming each end
    assert rel["evidence_sentences"] == ["无锡市梁溪区总工会召开会议。", "无锡市总工会召开会议。"]


def test_derivation_does_not_depend_on_the_order_of_pages(empty_graph: Graph) -> None:
    pages = [page("county.txt", LIANGXI_U, XINWU_U), page("province.txt", JIANGSU_U, ACFTU_U), page("city.txt", WUXI_U)]
    writer = GraphWriter(empty_graph)
    for p in pages:
        writer.write([p])
    forward = {(r["c"], r["p"]) for r in q(empty_graph, "MATCH (c)-[:PART_OF]->(p) RETURN c.name AS c, p.name AS p")}
    q(empty_graph, "MATCH (n) DETACH DELETE n")
    writer.write(list(reversed(pages)))
    backward = {(r["c"], r["p"]) for r in q(empty_graph, "MATCH (c)-[:PART_OF]->(p) RETURN c.name AS c, p.name AS p")}
    assert forward == backward and len(forward) == 4


def test_derived_links_are_idempotent(empty_graph: Graph) -> None:
    pages = [page("county.txt", LIANGXI_U), page("city.txt", WUXI_U)]
    writer = GraphWriter(empty_graph)
    writer.write(pages)
    first = canonical_dump(empty_graph)
    writer.write(pages)
    assert canonical_dump(empty_graph) == first


def test_a_part_of_read_from_a_sentence_keeps_the_sentence(empty_graph: Graph) -> None:
    doc = page("s.txt", ("嘉善归谷智造小镇工会联合会", "grassroots", None), ("嘉善县罗星街道总工会", "township", "330421000000"))
    child, parent = doc.entities
    sentence = doc.articles[0].text
    doc.relations.append(
        Relation(
            type="PART_OF",
            source=child.id,
            target=parent.id,
            evidence=[Evidence(article_id=doc.articles[0].id, sentence=sentence, start=0, end=len(sentence))],
        )
    )
    GraphWriter(empty_graph).write([doc])
    rel = q(empty_graph, "MATCH ()-[r:PART_OF]->() RETURN properties(r) AS r")[0]["r"]
    assert rel["evidence_sentences"] == [sentence]
    assert rel["basis"] == "sentence"


def test_retracting_an_article_keeps_a_link_whose_ends_remain(empty_graph: Graph) -> None:
    writer = GraphWriter(empty_graph)
    writer.write([page("county.txt", LIANGXI_U), page("city.txt", WUXI_U), page("city2.txt", WUXI_U)])
    writer.write([page("city.txt", ("江苏省常州市总工会", "city", "320400000000"))])  # city.txt no longer names 无锡市总工会
    assert parents(empty_graph, "无锡市梁溪区总工会") == ["无锡市总工会"]
    rel = q(empty_graph, "MATCH (:Union {name: '无锡市梁溪区总工会'})-[r:PART_OF]->() RETURN properties(r) AS r")[0]["r"]
    assert "article-city.txt" not in rel["evidence_article_ids"]
    assert rel["evidence_article_ids"] == ["article-county.txt", "article-city2.txt"]
