"""The own-article gold (tests/gold/articles.jsonl) obeys SCHEMA.md and REVIEW.md."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from extract.eval.scoring import GoldDoc, load_gold, normalise_name
from extract.source.reader import read_path

TESTS = Path(__file__).resolve().parents[1]
ARTICLES = TESTS / "articles"
GOLD = load_gold(TESTS / "gold" / "articles.jsonl")
DATELINE = re.compile("本[报報](?:讯|訊|北京)")
BODIES = {"Union", "Enterprise", "Organisation"}
ENDS: dict[str, tuple[set[str], set[str]]] = {
    "PART_OF": ({"Union"}, BODIES),
    "LEADS": ({"Person"}, BODIES),
    "HOSTED": (BODIES, {"Programme"}),
    "PARTNERED_WITH": (BODIES, BODIES),
    "RECEIVED": ({"Person"} | BODIES, {"Award"}),
    "WORKS_AT": ({"Person"}, BODIES),
}


def flat_text(doc: str) -> str:
    """The source as the evidence rule reads it: layout line breaks removed."""
    return read_path(ARTICLES / doc).text.replace("\r", "").replace("\n", "")


def names_of(gold: GoldDoc) -> list[str]:
    return [n for e in gold.entities for n in (e.name, *e.aliases)]


def test_every_article_file_has_exactly_one_line() -> None:
    files = sorted(p.name for p in ARTICLES.glob("*.txt"))
    assert len(files) >= 9
    assert sorted(g.doc for g in GOLD) == files


def test_corpus_has_at_least_twelve_articles_and_each_relation_type() -> None:
    datelines = sum(len(DATELINE.findall(read_path(ARTICLES / g.doc).text)) for g in GOLD)
    assert datelines >= 12
    assert {r.type for g in GOLD for r in g.relations} == set(ENDS)


def test_special_encodings_are_exercised() -> None:
    encodings = {g.doc: read_path(ARTICLES / g.doc).encoding for g in GOLD}
    assert "gb18030" in encodings.values()
    assert any("總工會" in read_path(ARTICLES / g.doc).text for g in GOLD)


@pytest.mark.parametrize("gold", GOLD, ids=lambda g: g.doc)
def test_relation_ends_exist_with_valid_types(gold: GoldDoc) -> None:
    types = {e.name: e.type for e in gold.entities}
    for rel in gold.relations:
        sources, targets = ENDS[rel.type]
        assert types.get(rel.source) in sources, (rel.type, rel.source)
        assert types.get(rel.target) in targets, (rel.type, rel.target)
        assert rel.source != rel.target


@pytest.mark.parametrize("gold", GOLD, ids=lambda g: g.doc)
def test_evidence_is_verbatim(gold: GoldDoc) -> None:
    text = flat_text(gold.doc)
    for rel in gold.relations:
        assert rel.evidence, (rel.type, rel.source, rel.target)
        assert "……" not in rel.evidence
        assert rel.evidence in text, rel.evidence


@pytest.mark.parametrize("gold", GOLD, ids=lambda g: g.doc)
def test_no_duplicate_names_or_relations(gold: GoldDoc) -> None:
    normal = [normalise_name(n) for n in names_of(gold)]
    assert len(normal) == len(set(normal)), sorted(n for n in normal if normal.count(n) > 1)
    keys = [(r.type, r.source, r.target) for r in gold.relations]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("gold", GOLD, ids=lambda g: g.doc)
def test_ignore_entries_stay_out_of_gold_names(gold: GoldDoc) -> None:
    normal = [normalise_name(n) for n in names_of(gold)]
    for entry in gold.ignore:
        assert not any(normalise_name(entry) in name for name in normal), entry


@pytest.mark.parametrize("gold", GOLD, ids=lambda g: g.doc)
def test_every_entity_is_written_in_the_source(gold: GoldDoc) -> None:
    """Each node shows in the text under one of its names, or is a resolved company union."""
    text = normalise_name(flat_text(gold.doc))
    for entity in gold.entities:
        forms = [normalise_name(n) for n in (entity.name, *entity.aliases)]
        resolved = entity.type == "Union" and "公司工会" in text
        assert any(f in text for f in forms) or resolved, entity.name
