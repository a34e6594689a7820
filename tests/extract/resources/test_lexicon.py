"""The lexicon files: kinds and tags are closed sets, checked when they are read."""

from __future__ import annotations

import pytest

from extract.resources import lexicon
from extract.resources.lexicon import TAGS, load_lexicon


def test_every_tag_in_the_files_belongs_to_its_kind() -> None:
    lex = load_lexicon()
    for (kind, value), tag in lex.tags.items():
        assert not tag or tag in TAGS[kind], (kind, value, tag)


def test_tags_replace_notes_as_flags() -> None:
    lex = load_lexicon()
    assert set(lex.tagged("award_verb", "confer")) >= {"授予", "评为", "表彰"}
    assert {v: lex.tag("host_verb", v) for v in ("主办", "承办", "协办", "举办")} == {
        "主办": "host",
        "承办": "undertaker",
        "协办": "co-host",
        "举办": "",
    }
    assert "工会" in lex.tagged("union_suffix", "any") and "总工会" in lex.tagged("union_suffix", "")
    assert lex.target("short_suffix", "人社局") == "人力资源和社会保障局"


@pytest.mark.parametrize(("kind", "value", "tag"), [("award_verb", "授予", "gives"), ("title", "主席", "office")])
def test_an_unknown_tag_is_refused_at_load(kind: str, value: str, tag: str) -> None:
    with pytest.raises(ValueError, match=f"unknown tag {tag!r}"):
        lexicon._check_tag(kind, value, tag)


def test_an_unknown_kind_is_refused_at_load() -> None:
    with pytest.raises(ValueError, match="unknown lexicon kind 'suffixes'"):
        lexicon._check_kind("suffixes", "x")
