"""The scorer follows SCHEMA.md "Scoring" on small hand-made cases."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from core.errors import BadInput
from extract.eval.scoring import Counts, GoldDoc, Report, load_gold, normalise_name, render, score, score_doc
from extract.models import DocResult, Entity, Relation

SEED_GOLD = Path(__file__).resolve().parents[2] / "gold" / "seeds.jsonl"


def ent(eid: str, type_: str, name: str, *aliases: str) -> Entity:
    return Entity.model_validate({"id": eid, "type": type_, "name": name, "aliases": list(aliases)})


def rel(type_: str, source: str, target: str) -> Relation:
    return Relation.model_validate({"type": type_, "source": source, "target": target})


def gold(**fields: Any) -> GoldDoc:
    return GoldDoc.model_validate({"doc": "a.txt", **fields})


def pred(entities: list[Entity], relations: list[Relation] | None = None) -> DocResult:
    return DocResult(doc="a.txt", entities=entities, relations=relations or [])


def counts(c: Counts) -> tuple[int, int, int]:
    return c.tp, c.fp, c.fn


UNION = {"type": "Union", "name": "成都市武侯区总工会", "aliases": ["武侯区总工会"]}


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("“蓉城工匠”职业技能大赛", "蓉城工匠职业技能大赛"),
        ("SK海力士半导体（中国）有限公司", "SK海力士半导体中国有限公司"),
        ("ＳＫ海力士２０２３", "SK海力士2023"),
        ("成都市\n武侯区 总工会\u3000", "成都市武侯区总工会"),
        ('《当代矿工》杂志【工会】「驿站」‘家’"x"', "当代矿工杂志工会驿站家x"),
        ("中国能源化学地质工会·分会", "中国能源化学地质工会·分会"),
    ],
)
def test_normalise_name(raw: str, normal: str) -> None:
    assert normalise_name(raw) == normal


def test_entity_matches_by_alias_either_side() -> None:
    g = gold(entities=[UNION])
    assert counts(score_doc(g, pred([ent("u", "Union", "武侯区总工会")])).entities.overall) == (1, 0, 0)
    assert counts(score_doc(g, pred([ent("u", "Union", "武侯工会", "成都市武侯区总工会")])).entities.overall) == (1, 0, 0)


def test_whole_names_not_substrings_and_same_type_only() -> None:
    g = gold(entities=[UNION])
    assert counts(score_doc(g, pred([ent("u", "Union", "武侯区总工")])).entities.overall) == (0, 1, 1)
    doc = score_doc(g, pred([ent("u", "Organisation", "武侯区总工会")]))
    assert counts(doc.entities.by_type["Union"]) == (0, 0, 1)
    assert counts(doc.entities.by_type["Organisation"]) == (0, 1, 0)


def test_quotes_and_brackets_are_stripped_before_comparing() -> None:
    g = gold(
        entities=[
            {"type": "Programme", "name": "“天府驿”户外劳动者服务站"},
            {"type": "Enterprise", "name": "蜀光电子(成都)有限公司"},
        ]
    )
    p = pred([ent("p", "Programme", "天府驿户外劳动者服务站"), ent("e", "Enterprise", "蜀光电子（成都）有限公司")])
    assert counts(score_doc(g, p).entities.overall) == (2, 0, 0)


def test_each_gold_entity_matched_at_most_once() -> None:
    g = gold(entities=[UNION])
    p = pred([ent("a", "Union", "成都市武侯区总工会"), ent("b", "Union", "武侯区总工会")])
    doc = score_doc(g, p)
    assert counts(doc.entities.overall) == (1, 1, 0)
    assert [m.name for m in doc.false_positives] == ["武侯区总工会"]


def test_matching_is_maximal_not_greedy() -> None:
    g = gold(entities=[UNION, {"type": "Union", "name": "成都市总工会"}])
    # The first prediction could take either gold entity; the second only the first.
    p = pred([ent("a", "Union", "武侯区总工会", "成都市总工会"), ent("b", "Union", "成都市武侯区总工会")])
    assert counts(score_doc(g, p).entities.overall) == (2, 0, 0)


def test_ignored_names_are_neither_credited_nor_penalised() -> None:
    g = gold(
        entities=[UNION, {"type": "Enterprise", "name": "四川蜀道集团"}],
        relations=[],
        ignore=["李明", "“安康杯”"],
    )
    p = pred(
        [
            ent("u", "Union", "武侯区总工会"),
            ent("e", "Enterprise", "四川蜀道集团"),
            ent("j", "Person", "李明"),
            ent("k", "Programme", "安康杯"),
        ],
        [rel("WORKS_AT", "j", "e"), rel("HOSTED", "u", "k")],
    )
    doc = score_doc(g, p)
    assert counts(doc.entities.overall) == (2, 0, 0)
    assert counts(doc.relations.overall) == (0, 0, 0)


def test_ignored_alias_on_a_gold_entity_does_not_hide_it() -> None:
    g = gold(entities=[UNION], ignore=["武侯工会"])
    p = pred([ent("u", "Union", "成都市武侯区总工会", "武侯工会")])
    assert counts(score_doc(g, p).entities.overall) == (1, 0, 0)


PARTNERS = gold(
    entities=[UNION, {"type": "Enterprise", "name": "四川蜀道集团", "aliases": ["蜀道集团"]}, {"type": "Person", "name": "张建国"}],
    relations=[
        {"type": "PARTNERED_WITH", "source": "成都市武侯区总工会", "target": "四川蜀道集团"},
        {"type": "LEADS", "source": "张建国", "target": "成都市武侯区总工会", "title": "主席"},
    ],
)
PARTNER_ENTITIES = [ent("u", "Union", "武侯区总工会"), ent("e", "Enterprise", "蜀道集团"), ent("p", "Person", "张建国")]


def test_partnered_with_matches_in_either_order_other_types_do_not() -> None:
    doc = score_doc(PARTNERS, pred(PARTNER_ENTITIES, [rel("PARTNERED_WITH", "e", "u"), rel("LEADS", "u", "p")]))
    assert counts(doc.relations.by_type["PARTNERED_WITH"]) == (1, 0, 0)
    assert counts(doc.relations.by_type["LEADS"]) == (0, 1, 1)
    doc = score_doc(PARTNERS, pred(PARTNER_ENTITIES, [rel("PARTNERED_WITH", "u", "e"), rel("LEADS", "p", "u")]))
    assert counts(doc.relations.overall) == (2, 0, 0)


def test_relation_ends_need_matching_type_and_known_ids() -> None:
    entities = [ent("u", "Organisation", "武侯区总工会"), ent("p", "Person", "张建国")]
    doc = score_doc(PARTNERS, pred(entities, [rel("LEADS", "p", "u"), rel("LEADS", "p", "nowhere")]))
    assert counts(doc.relations.by_type["LEADS"]) == (0, 2, 1)
    assert "张建国 → <unknown id nowhere>" in [m.name for m in doc.false_positives]


def test_duplicate_predicted_relation_counts_once() -> None:
    relations = [rel("LEADS", "p", "u"), rel("LEADS", "p", "u")]
    assert counts(score_doc(PARTNERS, pred(PARTNER_ENTITIES, relations)).relations.by_type["LEADS"]) == (1, 1, 0)


def test_micro_average_over_two_files() -> None:
    g1 = gold(entities=[UNION])
    g2 = GoldDoc.model_validate({"doc": "b.txt", "entities": [{"type": "Person", "name": n} for n in ("甲一", "乙二", "丙三")]})
    p1 = pred([ent("u", "Union", "武侯区总工会")])
    p2 = DocResult(doc="b.txt", entities=[ent("x", "Person", "甲一"), ent("y", "Person", "丁四")])
    report = score([(g1, p1), (g2, p2)])
    overall = report.entities.overall
    assert counts(overall) == (2, 1, 2)
    assert overall.precision == pytest.approx(2 / 3)  # macro would give (1 + 1/2) / 2
    assert overall.recall == pytest.approx(2 / 4)  # macro would give (1 + 1/3) / 2
    assert overall.f1 == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))
    assert counts(report.entities.by_type["Person"]) == (1, 1, 2)
    assert [d.doc for d in report.docs] == ["a.txt", "b.txt"]


def test_counts_with_nothing_to_divide() -> None:
    assert (Counts().precision, Counts().recall, Counts().f1) == (1.0, 1.0, 1.0)
    assert (Counts(fn=2).precision, Counts(fn=2).recall) == (0.0, 0.0)
    assert Counts(tp=1, fp=1).model_dump() == {"tp": 1, "fp": 1, "fn": 0, "precision": 0.5, "recall": 1.0, "f1": pytest.approx(2 / 3)}


def test_gold_scored_against_itself_is_perfect() -> None:
    for line in load_gold(SEED_GOLD):
        ids = {e.name: f"id{i}" for i, e in enumerate(line.entities)}
        p = DocResult(
            doc=line.doc,
            entities=[ent(ids[e.name], e.type, e.name, *e.aliases) for e in line.entities],
            relations=[rel(r.type, ids[r.source], ids[r.target]) for r in line.relations],
        )
        doc = score_doc(line, p)
        assert counts(doc.entities.overall) == (len(line.entities), 0, 0), line.doc
        assert counts(doc.relations.overall) == (len(line.relations), 0, 0), line.doc


def test_load_gold_names_the_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    path.write_text('{"doc": "a.txt"}\n\n{"doc": "b.txt", "entities": [{"type": "Union"}]}\n', encoding="utf-8")
    with pytest.raises(BadInput, match=r"g\.jsonl:3"):
        load_gold(path)
    path.write_text('{"doc": "a.txt", "entites": []}\n', encoding="utf-8")
    with pytest.raises(BadInput, match=r"g\.jsonl:1.*entites"):
        load_gold(path)
    path.write_text('{"doc": "a.txt"}\n{"doc": "a.txt"}\n', encoding="utf-8")
    with pytest.raises(BadInput, match=r"g\.jsonl:2: a second line for a\.txt"):
        load_gold(path)


def test_render_prints_scores_and_errors() -> None:
    report: Report = score([(PARTNERS, pred(PARTNER_ENTITIES[:2], [rel("PARTNERED_WITH", "e", "u")]))])
    buffer = io.StringIO()
    render(report, Console(file=buffer, width=120), errors=True)
    out = buffer.getvalue()
    assert "Entities" in out and "Relationships" in out and "overall" in out
    assert "0.667" in out  # entity recall 2/3
    assert "FN entity   Person         张建国" in out
    assert "FN relation LEADS          张建国 → 成都市武侯区总工会" in out


def test_error_lines_are_never_wrapped() -> None:
    long_name = "成都市武侯区" * 20 + "总工会"
    report = score([(gold(entities=[{"type": "Union", "name": long_name}]), pred([]))])
    buffer = io.StringIO()
    render(report, Console(file=buffer, width=40), errors=True)
    assert f"FN entity   Union          {long_name}" in buffer.getvalue().splitlines()[-1]
