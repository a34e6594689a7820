"""The change feed (graph/changes.py) on hand-built pages, against the real Neo4j: what each ingest
added, changed or retracted, nothing for a page written again unchanged, and the times on each
node and relationship."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from extract.assemble.ids import entity_id
from extract.models import Article, DocResult, Entity, Evidence, Label, Mention, Relation
from graph.changes import read_changes
from graph.client import Graph
from graph.dump import canonical_dump
from graph.writer import GraphWriter

pytestmark = pytest.mark.neo4j
EPOCH = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
LEADS_SENTENCE = "王颍任梁溪区总工会主席。"
UNIONKG = str(Path(sys.executable).parent / "unionkg")


def q(graph: Graph, cypher: str, **params: Any) -> list[dict[str, Any]]:
    with graph.driver.session(database=graph.settings.neo4j_database) as session:
        return [r.data() for r in session.run(cypher, params)]  # type: ignore[arg-type]


def ent(label: Label, name: str, article_id: str, start: int) -> Entity:
    return Entity(
        id=entity_id(label, name),
        type=label,
        name=name,
        region_code=None,
        level="county" if label == "Union" else None,
        mentions=[Mention(article_id=article_id, text=name, start=start, end=start + len(name))],
    )


def page(text: str, with_leader: bool = True) -> DocResult:
    """One article (id article-c.txt-0); with_leader: 王颍 and his LEADS, else the union alone."""
    article = Article(
        id="article-c.txt-0",
        doc="c.txt",
        position=0,
        title="c",
        text=text,
        start=0,
        end=len(text),
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
    )
    union = ent("Union", "无锡市梁溪区总工会", article.id, text.index("梁溪区") - 3 if "无锡市" in text else 0)
    if not with_leader:
        return DocResult(doc="c.txt", articles=[article], entities=[union])
    wang = ent("Person", "王颍", article.id, 0)
    leads = Relation(
        type="LEADS",
        source=wang.id,
        target=union.id,
        title="主席",
        evidence=[Evidence(article_id=article.id, sentence=LEADS_SENTENCE, start=0, end=len(LEADS_SENTENCE))],
    )
    return DocResult(doc="c.txt", articles=[article], entities=[union, wang], relations=[leads])


def latest(graph: Graph) -> dt.datetime:
    """The time of the newest change (the next ingest's changes come after it)."""
    rows = q(graph, "MATCH (c:Change) RETURN max(c.at) AS at")
    return rows[0]["at"].to_native()  # type: ignore[no-any-return]


def person_id(graph: Graph) -> str:
    """The graph id of 王颍 (persons get theirs when written: graph/people.py)."""
    return str(q(graph, "MATCH (p:Person {name: '王颍'}) RETURN p.id AS id")[0]["id"])


def keyed(items: list[dict[str, Any]]) -> dict[tuple[str, str], dict[str, Any]]:
    return {(i["label"], i["id"] or f"{i['source']}->{i['target']}"): i for i in items}


def test_a_first_ingest_lists_everything_it_added_with_evidence(empty_graph: Graph) -> None:
    GraphWriter(empty_graph).write([page(LEADS_SENTENCE)])
    feed = read_changes(empty_graph, EPOCH, 0, 50)
    items = keyed(feed["items"])
    wang, union = person_id(empty_graph), entity_id("Union", "无锡市梁溪区总工会")
    assert set(items) == {("Article", "article-c.txt-0"), ("Union", union), ("Person", wang), ("LEADS", f"{wang}->{union}")}
    assert {i["kind"] for i in feed["items"]} == {"added"} and feed["total"] == 4
    assert items[("LEADS", f"{wang}->{union}")]["evidence"] == [
        {"article_id": "article-c.txt-0", "article_title": "c", "article_date": None, "sentence": LEADS_SENTENCE}
    ]
    assert items[("Person", wang)]["name"] == "王颍"
    times = q(
        empty_graph,
        "MATCH (n) WHERE n:Person OR n:Union OR n:Article RETURN n.first_seen AS f, n.last_changed AS l "
        "UNION ALL MATCH ()-[r:LEADS]->() RETURN r.first_seen AS f, r.last_changed AS l",
    )
    assert len(times) == 4 and all(t["f"] and t["f"] == t["l"] for t in times)


def test_a_page_ingested_again_unchanged_adds_nothing(empty_graph: Graph) -> None:
    writer = GraphWriter(empty_graph)
    writer.write([page(LEADS_SENTENCE)])
    since = latest(empty_graph)
    stamps = q(empty_graph, "MATCH (n) WHERE n.last_changed IS NOT NULL RETURN n.id AS id, n.last_changed AS l ORDER BY id")
    writer.write([page(LEADS_SENTENCE)])
    assert read_changes(empty_graph, since, 0, 50)["total"] == 0
    assert read_changes(empty_graph, EPOCH, 0, 50)["total"] == 4
    assert q(empty_graph, "MATCH (n) WHERE n.last_changed IS NOT NULL RETURN n.id AS id, n.last_changed AS l ORDER BY id") == stamps


def test_changed_text_lists_what_it_no_longer_states_as_retracted(empty_graph: Graph) -> None:
    writer = GraphWriter(empty_graph)
    writer.write([page(LEADS_SENTENCE)])
    since, wang = latest(empty_graph), person_id(empty_graph)
    writer.write([page("无锡市梁溪区总工会召开会议。", with_leader=False)])
    feed = read_changes(empty_graph, since, 0, 50)
    items = keyed(feed["items"])
    union = entity_id("Union", "无锡市梁溪区总工会")
    assert items[("LEADS", f"{wang}->{union}")]["kind"] == "retracted"
    assert [e["sentence"] for e in items[("LEADS", f"{wang}->{union}")]["evidence"]] == [LEADS_SENTENCE]
    assert items[("Person", wang)]["kind"] == "retracted"
    assert items[("Article", "article-c.txt-0")]["kind"] == "changed"
    assert items[("Union", union)]["kind"] == "changed"  # its mention moved
    assert feed["total"] == 4


def test_the_feed_is_newest_first_and_paged(empty_graph: Graph) -> None:
    writer = GraphWriter(empty_graph)
    writer.write([page(LEADS_SENTENCE)])
    writer.write([page("无锡市梁溪区总工会召开会议。", with_leader=False)])
    everything = read_changes(empty_graph, EPOCH, 0, 50)["items"]
    assert [i["at"] for i in everything] == sorted((i["at"] for i in everything), reverse=True)
    assert everything[0]["at"] > everything[-1]["at"]
    assert {i["kind"] for i in everything[-4:]} == {"added"}
    assert read_changes(empty_graph, EPOCH, 2, 3)["items"] == everything[2:5]


def test_the_dump_leaves_the_change_feed_out(empty_graph: Graph) -> None:
    GraphWriter(empty_graph).write([page(LEADS_SENTENCE)])
    first = canonical_dump(empty_graph)
    q(empty_graph, "MATCH (n) WHERE n.last_changed IS NOT NULL SET n.last_changed = 'x', n.first_seen = 'y'")
    q(empty_graph, "CREATE (:Change {at: datetime(), kind: 'added'})")
    assert canonical_dump(empty_graph) == first
    assert "first_seen" not in first and "Change" not in first


def test_the_changes_command_prints_the_feed(empty_graph: Graph) -> None:
    GraphWriter(empty_graph).write([page(LEADS_SENTENCE)])
    s = empty_graph.settings
    env = {**os.environ, "UNIONKG_NEO4J_URI": s.bolt_uri, "UNIONKG_NEO4J_PASSWORD": s.neo4j_password.get_secret_value()}
    done = subprocess.run(
        [UNIONKG, "changes", "--since", "2000-01-01", "--limit", "2"], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    items = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(items) == 2 and {i["kind"] for i in items} == {"added"}
    assert "2 of 4 changes since 2000-01-01T00:00:00+00:00" in done.stderr
    bad = subprocess.run([UNIONKG, "changes", "--since", "yesterday"], env=env, capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and "--since" in bad.stderr
