"""Schema application and the named-query runner, against the real server."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.client import Graph
from graph.queries import QueryError, QueryRegistry, parameters_of


def test_parameters_ignore_strings_and_comments() -> None:
    text = "// uses $not_this\nMATCH (n {name: '$nor_this'}) WHERE n.id = $id RETURN n LIMIT $limit"
    assert parameters_of(text) == {"id", "limit"}


def test_registry_refuses_unknown_name_and_wrong_parameters() -> None:
    registry = QueryRegistry()
    with pytest.raises(QueryError, match="unknown query 'no_such_query'"):
        registry.check("no_such_query", {})
    with pytest.raises(QueryError, match="missing .*limit") as missing:
        registry.check("search_names", {"query": "x", "label": None, "offset": 0})
    assert missing.value.details["missing"] == ["limit"]
    with pytest.raises(QueryError, match="unknown bogus"):
        registry.check("search_names", {"query": "x", "label": None, "offset": 0, "limit": 1, "bogus": 2})


def test_every_query_file_loads_and_is_named_after_itself() -> None:
    registry = QueryRegistry()
    assert registry.queries, "no queries loaded"
    for name, query in registry.queries.items():
        assert (registry.directory / f"{name}.cypher").exists()
        assert query.mode in ("read", "write")


def test_a_misnamed_query_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a.cypher").write_text("// name: b\nRETURN 1")
    with pytest.raises(QueryError, match="named after its query"):
        QueryRegistry(tmp_path)


def test_schema_applied_twice_is_unchanged(graph: Graph) -> None:
    before = graph.run("schema_overview").rows
    graph.apply_schema()
    after = graph.run("schema_overview").rows
    assert before == after
    by_name = {row["name"]: row for row in after}
    for label in ("Union", "Person", "Enterprise", "Organisation", "Programme", "Award", "Region", "Article"):
        row = by_name[f"{label.lower()}_id"]
        assert row["constraint_backed"] and row["labelsOrTypes"] == [label]
    assert by_name["entity_names"]["type"] == "FULLTEXT"
    assert by_name["entity_names"]["analyzer"] == "cjk"
    assert set(by_name["entity_names"]["properties"]) == {"name", "aliases"}


def test_fulltext_finds_a_chinese_substring(empty_graph: Graph) -> None:
    empty_graph.driver.execute_query("CREATE (:Union {id: 'u-test', name: '成都市武侯区总工会', aliases: ['武侯区总工会']})")
    empty_graph.driver.execute_query("CALL db.awaitIndexes(30)")
    rows = empty_graph.run("search_names", {"query": "武侯", "label": None, "offset": 0, "limit": 10}).rows
    assert [r["id"] for r in rows] == ["u-test"]
    assert empty_graph.run("search_names", {"query": "武侯", "label": "Person", "offset": 0, "limit": 10}).rows == []


def test_row_cap_sets_truncated(empty_graph: Graph) -> None:
    empty_graph.driver.execute_query("UNWIND range(1, 5) AS i CREATE (:Union {id: 'u' + i, name: '测试工会' + i})")
    empty_graph.driver.execute_query("CALL db.awaitIndexes(30)")
    result = empty_graph.run("search_names", {"query": "测试", "label": None, "offset": 0, "limit": 10}, row_cap=3)
    assert len(result.rows) == 3 and result.truncated


def test_an_include_line_is_replaced_by_the_fragment_cypher(tmp_path: Path) -> None:
    (tmp_path / "fragments").mkdir()
    (tmp_path / "fragments" / "tail.cypher").write_text("// fragment: tail\n// doc of it\nRETURN $x AS x\n")
    (tmp_path / "q.cypher").write_text("// name: q\n// mode: read\n// what q does\nWITH 1 AS one\n// include: tail\n")
    query = QueryRegistry(tmp_path).get("q")
    assert query.text.endswith("WITH 1 AS one\nRETURN $x AS x\n")
    assert query.parameters == {"x"}
    assert query.description == "what q does"


def test_an_unknown_fragment_is_refused_at_load(tmp_path: Path) -> None:
    (tmp_path / "q.cypher").write_text("// name: q\nRETURN 1\n// include: nowhere\n")
    with pytest.raises(QueryError, match="unknown fragment 'nowhere'"):
        QueryRegistry(tmp_path)


@pytest.mark.parametrize(
    "block",
    [
        "CYPHER replan=skip",
        "coalesce(r.evidence_article_ids, []) +",
        "AND r.evidence_starts[i] = e.start",
        "[k IN keys(r) WHERE NOT k STARTS WITH 'evidence_' | [k, r[k]]] AS before",
        "MERGE (n)-[m:MENTIONED_IN]->(a)",
    ],
)
def test_shared_write_blocks_are_written_once_in_a_fragment(block: str) -> None:
    registry = QueryRegistry()
    sources = [p.name for p in sorted(registry.directory.glob("*.cypher")) if block in p.read_text(encoding="utf-8")]
    assert sources == []
    fragments = [p.name for p in (registry.directory / "fragments").glob("*.cypher") if block in p.read_text(encoding="utf-8")]
    assert len(fragments) == 1
    users = [name for name, q in registry.queries.items() if block in q.text]
    assert len(users) >= 6  # what the loader expands: six entity or relationship writes at least


def test_every_write_query_is_planned_once() -> None:
    for name, query in QueryRegistry().queries.items():
        if name.startswith("write_"):
            body = [line for line in query.text.splitlines() if not line.lstrip().startswith("//")]
            assert body[0] == "CYPHER replan=skip", name
