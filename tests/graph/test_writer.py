"""GraphWriter on hand-built DocResults, against the real Neo4j: the writer's behaviour pinned
independently of the extractor's quality."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest

from core.vocab import Label, RelType
from extract.assemble.ids import entity_id
from extract.models import Article, DocResult, Entity, Evidence, Mention, Relation
from graph.client import Graph
from graph.dump import canonical_dump
from graph.writer import GraphWriter

pytestmark = pytest.mark.neo4j


def q(graph: Graph, cypher: str, **params: Any) -> list[dict[str, Any]]:
    with graph.driver.session(database=graph.settings.neo4j_database) as session:
        return [r.data() for r in session.run(cypher, params)]  # type: ignore[arg-type]


def art(doc: str, position: int, text: str, date: str | None = None) -> Article:
    return Article(
        id=f"article-{doc}-{position}",
        doc=doc,
        position=position,
        title=f"{doc} 第{position}篇",
        date=date,
        text=text,
        start=0,
        end=len(text),
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
    )


def ent(label: Label, name: str, article_id: str, *aliases: str, start: int = 0, region: str | None = None) -> Entity:
    return Entity(
        id=entity_id(label, name),
        type=label,
        name=name,
        aliases=list(aliases),
        region_code=region,
        level="county" if label == "Union" else None,
        mentions=[Mention(article_id=article_id, text=name, start=start, end=start + len(name))],
    )


def rel(kind: RelType, source: Entity, target: Entity, article_id: str, sentence: str, start: int = 0, **props: Any) -> Relation:
    return Relation(
        type=kind,
        source=source.id,
        target=target.id,
        **props,
        evidence=[Evidence(article_id=article_id, sentence=sentence, start=start, end=start + len(sentence))],
    )


def page_a() -> DocResult:
    a0 = art("a.txt", 0, "镇海区总工会与龙游县总工会签订《战略合作框架协议书》。王颍任梁溪区总工会主席。", date="2022-07-01")
    zhenhai = ent("Union", "宁波市镇海区总工会", a0.id, "镇海区总工会", region="330211000000")
    longyou = ent("Union", "衢州市龙游县总工会", a0.id, "龙游县总工会", start=7, region="330825000000")
    liangxi = ent("Union", "无锡市梁溪区总工会", a0.id, "梁溪区总工会", start=30, region="320213000000")
    wang = ent("Person", "王颍", a0.id, start=28)
    return DocResult(
        doc="a.txt",
        articles=[a0],
        entities=[zhenhai, longyou, liangxi, wang],
        relations=[
            # the larger id first on purpose: the writer stores the smaller id as the source
            rel(
                "PARTNERED_WITH",
                *sorted([zhenhai, longyou], key=lambda e: e.id, reverse=True),
                a0.id,
                "镇海区总工会与龙游县总工会签订《战略合作框架协议书》。",
                agreement="战略合作框架协议书",
            ),
            rel("LEADS", wang, liangxi, a0.id, "王颍任梁溪区总工会主席。", start=28, title="主席"),
        ],
    )


def page_b(text: str = "镇海区总工会和龙游县总工会结对。宁波市镇海区总工会获评全国模范职工之家。", with_award: bool = True) -> DocResult:
    b0 = art("b.txt", 0, text, date="2023-01-01")
    zhenhai = ent("Union", "宁波市镇海区总工会", b0.id, "镇海工会", region="330211000000")
    longyou = ent("Union", "衢州市龙游县总工会", b0.id, start=7, region="330825000000")
    award = ent("Award", "全国模范职工之家", b0.id, start=30)
    acftu = ent("Union", "中华全国总工会", b0.id, start=40)
    lo, hi = sorted([zhenhai, longyou], key=lambda e: e.id)
    if not with_award:
        return DocResult(doc="b.txt", articles=[b0], entities=[zhenhai, longyou], relations=[rel("PARTNERED_WITH", lo, hi, b0.id, text)])
    return DocResult(
        doc="b.txt",
        articles=[b0],
        entities=[zhenhai, longyou, award, acftu],
        relations=[
            rel("PARTNERED_WITH", lo, hi, b0.id, "镇海区总工会和龙游县总工会结对。"),
            rel("RECEIVED", zhenhai, award, b0.id, "宁波市镇海区总工会获评全国模范职工之家。", start=16, year=2022, conferred_by=acftu.id),
        ],
    )


def test_nodes_carry_the_model_properties(empty_graph: Graph) -> None:
    GraphWriter(empty_graph).write([page_a()])
    union = q(empty_graph, "MATCH (u:Union {name: '宁波市镇海区总工会'}) RETURN properties(u) AS p")[0]["p"]
    assert union["aliases"] == ["镇海区总工会"] and union["level"] == "county" and union["region_code"] == "330211000000"
    assert q(empty_graph, "MATCH (n) WHERE NOT n:Change AND (n.aliases IS NULL OR n.name IS NULL OR n.id IS NULL) RETURN n") == []
    article = q(empty_graph, "MATCH (a:Article) RETURN properties(a) AS p")[0]["p"]
    assert {"id", "title", "doc", "position", "date", "content_hash", "text"} <= set(article)
    assert article["doc"] == "a.txt" and article["date"] == "2022-07-01"
    spans = q(empty_graph, "MATCH (:Person {name: '王颍'})-[m:MENTIONED_IN]->(:Article) RETURN m.spans AS s")
    assert spans == [{"s": ["28:30"]}]


def test_regions_chain_up_to_the_province_and_bodies_are_located(empty_graph: Graph) -> None:
    GraphWriter(empty_graph).write([page_a()])
    chain = q(
        empty_graph,
        """
        MATCH (:Union {name: '无锡市梁溪区总工会'})-[:LOCATED_IN]->(c:Region)-[:LOCATED_IN]->(city:Region)
              -[:LOCATED_IN]->(p:Region)
        RETURN c.name AS county, c.level AS level, city.name AS city, p.name AS province, p.level AS top,
               c.longitude IS NOT NULL AS has_lon, p.id AS pid""",
    )
    assert chain and chain[0]["county"] == "梁溪区" and chain[0]["city"] == "无锡市" and chain[0]["province"] == "江苏省"
    assert chain[0]["level"] == "county" and chain[0]["top"] == "province"
    assert q(empty_graph, "MATCH (p:Region {id: $id})-[:LOCATED_IN]->() RETURN p", id=chain[0]["pid"]) == []


def test_relationships_carry_properties_and_parallel_evidence(empty_graph: Graph) -> None:
    GraphWriter(empty_graph).write([page_a()])
    leads = q(empty_graph, "MATCH (:Person {name: '王颍'})-[r:LEADS]->(u:Union) RETURN properties(r) AS p, u.name AS u")
    assert leads[0]["u"] == "无锡市梁溪区总工会"
    p = leads[0]["p"]
    assert p["title"] == "主席" and p["as_of"] == "2022-07-01"
    assert p["evidence_article_ids"] == ["article-a.txt-0"] and p["evidence_starts"] == [28]
    assert p["evidence_sentences"] == ["王颍任梁溪区总工会主席。"] and p["evidence_ends"] == [28 + len("王颍任梁溪区总工会主席。")]


def test_partnership_is_stored_once_from_the_smaller_id(empty_graph: Graph) -> None:
    GraphWriter(empty_graph).write([page_a(), page_b()])
    rows = q(
        empty_graph,
        "MATCH (s)-[r:PARTNERED_WITH]->(t) RETURN s.id AS s, t.id AS t, r.agreement AS agreement, r.evidence_article_ids AS ids",
    )
    assert len(rows) == 1
    assert rows[0]["s"] < rows[0]["t"]
    assert rows[0]["agreement"] == "战略合作框架协议书"
    assert rows[0]["ids"] == ["article-a.txt-0", "article-b.txt-0"]


def test_one_node_per_body_across_files_with_every_alias(empty_graph: Graph) -> None:
    GraphWriter(empty_graph).write([page_a()])
    GraphWriter(empty_graph).write([page_b()])
    rows = q(
        empty_graph,
        "MATCH (u:Union {name: '宁波市镇海区总工会'}) RETURN u.aliases AS aliases, COUNT { (u)-[:MENTIONED_IN]->() } AS articles",
    )
    assert rows == [{"aliases": ["镇海区总工会", "镇海工会"], "articles": 2}]
    received = q(empty_graph, "MATCH (:Union {name: '宁波市镇海区总工会'})-[r:RECEIVED]->(:Award) RETURN r.year AS y, r.conferred_by AS c")
    assert received == [{"y": 2022, "c": entity_id("Union", "中华全国总工会")}]


def test_counts_say_what_was_created_then_updated(empty_graph: Graph) -> None:
    first = GraphWriter(empty_graph).write([page_a(), page_b()])
    assert first.node("Union").created == 4 and first.node("Union").updated == 0
    assert first.node("Article").created == 2 and first.rel("PARTNERED_WITH").created == 1
    assert first.rel("PARTNERED_WITH").updated == 0  # two pages' rows merged into one in the batch
    second = GraphWriter(empty_graph).write([page_a(), page_b()])
    assert second.nodes_total.created == 0 and second.relationships_total.created == 0
    assert second.node("Union").updated == 4 and second.rel("LEADS").updated == 1


def test_reingest_leaves_the_graph_unchanged(empty_graph: Graph) -> None:
    writer = GraphWriter(empty_graph)
    writer.write([page_a(), page_b()])
    before = canonical_dump(empty_graph)
    writer.write([page_b(), page_a()])
    writer.write([page_a()])
    assert canonical_dump(empty_graph) == before


def test_batch_size_does_not_change_the_graph(empty_graph: Graph) -> None:
    GraphWriter(empty_graph).write([page_a(), page_b()])
    big = canonical_dump(empty_graph)
    q(empty_graph, "MATCH (n) DETACH DELETE n")
    small = Graph(empty_graph.settings.model_copy(update={"write_batch_size": 1}))
    try:
        GraphWriter(small).write([page_a(), page_b()])
    finally:
        small.close()
    assert canonical_dump(empty_graph) == big


def test_changed_article_replaces_its_own_evidence_and_nothing_else(empty_graph: Graph) -> None:
    writer = GraphWriter(empty_graph)
    writer.write([page_a(), page_b()])
    before = q(empty_graph, "MATCH (a:Article {id: 'article-a.txt-0'})<-[:MENTIONED_IN]-(n) RETURN n.name AS n ORDER BY n")
    new_text = "镇海区总工会和龙游县总工会再次结对。"
    counts = writer.write([page_b(new_text, with_award=False)])
    assert counts.changed_articles == 1
    # the award and its RECEIVED were stated only by the old text: gone
    assert q(empty_graph, "MATCH (a:Award) RETURN a") == []
    assert q(empty_graph, "MATCH ()-[r:RECEIVED]->() RETURN r") == []
    assert q(empty_graph, "MATCH (u:Union {name: '中华全国总工会'}) RETURN u") == []
    # the partnership keeps a's evidence and b's new sentence only
    rows = q(empty_graph, "MATCH ()-[r:PARTNERED_WITH]->() RETURN r.evidence_article_ids AS ids, r.evidence_sentences AS s")
    assert rows == [
        {"ids": ["article-a.txt-0", "article-b.txt-0"], "s": ["镇海区总工会与龙游县总工会签订《战略合作框架协议书》。", new_text]}
    ]
    # article a untouched, article b holds the new text
    after = q(empty_graph, "MATCH (a:Article {id: 'article-a.txt-0'})<-[:MENTIONED_IN]-(n) RETURN n.name AS n ORDER BY n")
    assert after == before
    assert q(empty_graph, "MATCH (a:Article {id: 'article-b.txt-0'}) RETURN a.text AS t") == [{"t": new_text}]


def test_relationship_with_a_missing_end_is_counted_not_written(empty_graph: Graph) -> None:
    doc = page_a()
    doc.relations.append(Relation(type="HOSTED", source=doc.entities[0].id, target="programme-nowhere"))
    counts = GraphWriter(empty_graph).write([doc])
    assert counts.unlinked == 1
    assert q(empty_graph, "MATCH ()-[r:HOSTED]->() RETURN r") == []


def test_a_page_read_again_with_fewer_articles_drops_the_others(empty_graph: Graph) -> None:
    first = page_a()
    second = page_b(with_award=True)
    extra = art("a.txt", 1, second.articles[0].text)
    moved = second.model_copy(update={"doc": "a.txt", "articles": [*first.articles, extra]})
    for e in moved.entities:
        e.mentions = [m.model_copy(update={"article_id": extra.id}) for m in e.mentions]
    for r in moved.relations:
        r.evidence = [ev.model_copy(update={"article_id": extra.id}) for ev in r.evidence]
    for e in first.entities[:2]:  # the partners are mentioned in the second article too
        e.mentions.append(Mention(article_id=extra.id, text=e.name, start=0, end=len(e.name)))
    both = DocResult(
        doc="a.txt",
        articles=[*first.articles, extra],
        entities=[*first.entities, *moved.entities[2:]],
        relations=[*first.relations, *moved.relations],
    )
    writer = GraphWriter(empty_graph)
    writer.write([both])
    assert q(empty_graph, "MATCH (a:Award) RETURN a.name AS n") == [{"n": "全国模范职工之家"}]
    counts = writer.write([page_a()])  # the same file, now read as one article
    assert counts.node("Article").deleted == 1 and counts.changed_articles == 0
    assert q(empty_graph, "MATCH (a:Article) RETURN a.id AS id") == [{"id": "article-a.txt-0"}]
    assert q(empty_graph, "MATCH (n) WHERE n:Award OR (n.name = '中华全国总工会' AND NOT n:Change) RETURN n") == []
    assert q(empty_graph, "MATCH ()-[r:RECEIVED]->() RETURN r") == []
    rows = q(empty_graph, "MATCH ()-[r:PARTNERED_WITH]->() RETURN r.evidence_article_ids AS ids")
    assert rows == [{"ids": ["article-a.txt-0"]}]
    fresh = canonical_dump(empty_graph)
    q(empty_graph, "MATCH (n) DETACH DELETE n")
    GraphWriter(empty_graph).write([page_a()])
    assert canonical_dump(empty_graph) == fresh
