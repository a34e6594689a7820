"""Dates on articles and LEADS evidence, and GET /unions/{id}/leaders?on=D, over the real app and Neo4j."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from graph_helpers import page_article

from api.app import create_app
from core.settings import Settings
from extract.assemble.ids import entity_id
from extract.models import DocResult, Entity, Evidence, Mention, Relation
from graph.client import Graph
from graph.writer import GraphWriter
from ingest.run import ingest_paths

pytestmark = pytest.mark.neo4j

UNION = "洛川县总工会"
ARTICLES = Path(__file__).resolve().parents[1] / "articles"


def page(doc: str, date: str | None, *offices: tuple[str, str]) -> DocResult:
    """One article: each (person, title) stated in a sentence of its own."""
    sentences = [f"{person}任{UNION}{title}。" for person, title in offices]
    text = "".join(sentences)
    article = page_article(doc, text, title=doc, date=date)
    union = Entity(
        id=entity_id("Union", UNION),
        type="Union",
        name=UNION,
        level="county",
        region_code="610629000000",
        mentions=[Mention(article_id=article.id, text=UNION, start=len(offices[0][0]) + 1, end=len(offices[0][0]) + 1 + len(UNION))],
    )
    entities, relations, offset = [union], [], 0
    for (person, title), sentence in zip(offices, sentences):
        who = Entity(
            id=entity_id("Person", person),
            type="Person",
            name=person,
            mentions=[Mention(article_id=article.id, text=person, start=offset, end=offset + len(person))],
        )
        entities.append(who)
        relations.append(
            Relation(
                type="LEADS",
                source=who.id,
                target=union.id,
                title=title,
                evidence=[Evidence(article_id=article.id, sentence=sentence, start=offset, end=offset + len(sentence))],
            )
        )
        offset += len(sentence)
    return DocResult(doc=doc, articles=[article], entities=entities, relations=relations)


@pytest.fixture(scope="module")
def dated(graph: Graph, neo4j_settings: Settings) -> Iterator[tuple[TestClient, str]]:
    """A graph of one union whose leaders change over time, and the real app over it."""
    graph.driver.execute_query("MATCH (n) DETACH DELETE n")
    GraphWriter(graph).write(
        [
            page("2023.txt", "2023-01-10", ("张三", "主席"), ("李四", "副主席")),
            page("2024.txt", "2024-06-01", ("王五", "主席"), ("李四", "副主席")),
            page("2025.txt", "2025-03-01", ("李四", "主席")),
            page("undated.txt", None, ("赵六", "主席")),
        ]
    )
    with TestClient(create_app(neo4j_settings)) as client:
        yield client, entity_id("Union", UNION)
    graph.driver.execute_query("MATCH (n) DETACH DELETE n")


def held(client: TestClient, union: str, on: str) -> dict[str, str]:
    response = client.get(f"/unions/{union}/leaders", params={"on": on})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    assert body["on"] == on and body["total"] == len(body["items"])
    return {item["person"]["name"]: item["title"] for item in body["items"]}


def test_who_held_an_office_on_a_date(dated: tuple[TestClient, str]) -> None:
    client, union = dated
    assert held(client, union, "2022-12-31") == {}
    assert held(client, union, "2023-06-01") == {"张三": "主席", "李四": "副主席"}
    assert held(client, union, "2024-07-01") == {"王五": "主席", "李四": "副主席"}  # 张三 replaced as 主席
    assert held(client, union, "2025-06-01") == {"李四": "主席"}  # 王五 replaced by 李四


def test_evidence_on_a_date_is_dated_and_not_later(dated: tuple[TestClient, str]) -> None:
    client, union = dated
    body = client.get(f"/unions/{union}/leaders", params={"on": "2024-07-01"}).json()
    li = next(item for item in body["items"] if item["person"]["name"] == "李四")
    assert li["as_of"] == "2024-06-01"
    assert [(e["as_of"], e["title"]) for e in li["evidence"]] == [("2024-06-01", "副主席"), ("2023-01-10", "副主席")]


def test_every_leads_evidence_has_its_article_date_or_null(dated: tuple[TestClient, str]) -> None:
    client, union = dated
    body = client.get(f"/unions/{union}/leaders").json()
    dates = {item["person"]["name"]: sorted(str(e["as_of"]) for e in item["evidence"]) for item in body["items"]}
    assert dates == {
        "张三": ["2023-01-10"],
        "李四": ["2023-01-10", "2024-06-01", "2025-03-01"],
        "王五": ["2024-06-01"],
        "赵六": ["None"],
    }  # no date: null, never a guess
    assert body["on"] is None


def test_a_bad_date_is_a_422_naming_on(dated: tuple[TestClient, str]) -> None:
    client, union = dated
    response = client.get(f"/unions/{union}/leaders", params={"on": "2024-13-01"})
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "bad_parameter" and "on" in response.text


def test_a_dateline_under_a_masthead_dates_the_article_and_its_leads(empty_graph: Graph) -> None:
    ingest_paths(empty_graph, [str(ARTICLES / "14_jiangxi_ganzhou_congress.txt")])
    rows = empty_graph.driver.execute_query(
        "MATCH (a:Article) RETURN a.position AS position, a.date AS date, a.date_basis AS basis ORDER BY position"
    ).records
    assert [(r["date"], r["basis"]) for r in rows] == [("2025-05-20", "dateline"), ("2025-05-16", "dateline"), ("2025-05-22", "dateline")]
    leads = empty_graph.driver.execute_query(
        "MATCH (:Person)-[r:LEADS]->(:Union {name: '瑞金市总工会'}) RETURN r.as_of AS as_of, r.evidence_as_of AS dates"
    ).records
    assert leads and all(r["as_of"] == "2025-05-22" and r["dates"] == ["2025-05-22"] for r in leads)
