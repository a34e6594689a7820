"""The place scan: every region name found, and a sentence's hits read off its article's pass."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.models import Article
from extract.recognise.places import ArticlePlaces, place_hits
from extract.resources.geo import gazetteer
from extract.source.reader import Source, iter_sources
from extract.text.fold import fold
from extract.text.normalise import normalise
from extract.text.split import sentences, split_articles

ROOT = Path(__file__).resolve().parents[3]


def _brute_force(text: str) -> set[tuple[int, int]]:
    names = {n for n in gazetteer().names() if len(n) >= 2}
    longest = max(map(len, names))
    return {(i, j) for i in range(len(text)) for j in range(i + 2, min(len(text), i + longest) + 1) if text[i:j] in names}


def _articles() -> list[Article]:
    pages = [s for s in iter_sources([str(ROOT / "seeds"), str(ROOT / "tests" / "articles")]) if isinstance(s, Source)]
    return [a for p in pages for a in split_articles(p.name, normalise(p.text))]


@pytest.mark.parametrize("text", ["无锡市梁溪区总工会", "兰州市场监管人员走进区域中心", "乡村振兴", "成都市武侯区玉林街道", "長沙市總工會"])
def test_place_hits_are_every_unblocked_name_by_end(text: str) -> None:
    hits = place_hits(fold(text))
    assert hits == sorted(hits, key=lambda h: (h[1], h[0]))
    assert set(hits) <= _brute_force(fold(text))
    assert {(s, e) for s, e in _brute_force(fold(text)) if fold(text)[e - 1 : e + 1] not in {"市场", "区域"}} >= set(hits)


def test_place_hits_at_the_text_end() -> None:
    assert (2, 4) in place_hits("助力振兴")  # a name ending the text is found (nothing after it to block it)


def test_sentence_hits_equal_a_scan_of_the_sentence() -> None:
    for article in _articles():
        for text in (article.text, fold(article.text)):
            places = ArticlePlaces(text, article.start)
            for sent in sentences(article):
                start, stop = sent.start - article.start, sent.end - article.start
                assert places.sentence_hits(start, stop) == place_hits(fold(text[start:stop])), sent.text


def test_a_county_renamed_to_a_district_keeps_the_written_suffix() -> None:
    county = next(r for r in gazetteer().lookup("凤翔") if r.level == "county")
    assert county.name == "凤翔县"  # the table predates 县改区
    ctx = ArticlePlaces("宝鸡市凤翔区总工会举办招聘会。")
    assert county.code in ctx.full
    assert ctx.fullest_prefix(county) == "宝鸡市凤翔区"


def test_a_suffix_swap_never_shadows_a_region_of_that_name() -> None:
    assert {r.name for r in gazetteer().lookup("朝阳区")} == {"朝阳区"}
