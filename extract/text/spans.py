"""Small text helpers shared by the recognisers and the resolver."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal, TypedDict

from core.vocab import Label
from extract.resources.geo import RegionInfo, gazetteer

QUOTES = "“”‘’「」『』\"'"
BRACKETS = "()（）《》【】"
NAME_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z0-9()（）“”‘’「」·\-+]")
CJK = re.compile(r"[\u4e00-\u9fff]")
_NAME_RUN = re.compile(NAME_CHAR.pattern + "*")
_DROP = re.compile(r"[\s“”‘’「」『』\"'《》]")
_DATE_BREAK = re.compile(r"\d+(?:年|月|日|号|家|个|名|人|位|项|批|次|场|支|余|多|万|千|百)|[“‘「](?=[^”’」]*$)")


_NUMERALS = {c: i for i, c in enumerate("零一二三四五六七八九十")} | {"两": 2}


def count_value(count: str) -> int:
    """The value of a small count as written (12, 三, 两); 0 for any other form."""
    return int(count) if count.isdigit() else _NUMERALS.get(count, 0)


class FoundProps(TypedDict, total=False):
    """What a recogniser learnt about a mention besides its span (every key optional)."""

    name: str
    """The full name, when the text is a short or partial form."""
    aliases: str
    """Other forms of the name, ``|``-separated (a declared 以下简称 form, a programme's quoted core)."""
    suffix: str
    """The body suffix matched (工会, 有限公司, 委 …)."""
    core: str
    """A programme's name inside its quotation marks."""
    head: str
    """The cue that introduced a person (a title word, ``list`` for a list row, ``known`` for a later mention)."""
    source: Literal["model"]
    """Proposed by the statistical model and kept by the rules."""
    host: Literal["elsewhere"]
    """A programme whose host the sentence names away from it."""
    generic: bool
    """A bare level form (市总工会): completed from the page's context, never kept alone."""
    nested: bool
    """An enterprise read inside its union's name."""
    abbrev: bool
    """An abbreviation (X总) the resolver expands."""
    anaphor: bool
    """公司工会 and the like: the article's own company (its union)."""
    quoted: bool
    """An award read from quotation marks."""
    anchor_back: int
    """A listed department: how many characters back its list starts."""


@dataclass(frozen=True)
class Found:
    """A mention found in one sentence; offsets are into that sentence."""

    label: Label
    start: int
    end: int
    text: str
    props: FoundProps = field(default_factory=FoundProps, compare=False, hash=False)


def clean_name(text: str) -> str:
    """A name as the contract writes it: no spaces, no quotation marks."""
    if text.isalnum():  # nothing to drop (every dropped character is neither letter nor digit): the usual case
        return text
    return _DROP.sub("", text)


def left_run(text: str, end: int, limit: int = 32) -> int:
    """Start of the run of name characters ending at ``end`` (at most ``limit`` long)."""
    run = _NAME_RUN.match(text[max(0, end - limit) : end][::-1])  # the window read backwards from ``end``
    start = end - (run.end() if run else 0)
    dates = list(_DATE_BREAK.finditer(text, start, end))
    return dates[-1].end() if dates else start


def leading_place(name: str) -> tuple[str, list[RegionInfo]] | None:
    """The longest region name (full or short) that ``name`` starts with."""
    hit = _leading_place(name[:12])
    return (hit[0], list(hit[1])) if hit else None


@lru_cache(maxsize=65536)
def _leading_place(head: str) -> tuple[str, tuple[RegionInfo, ...]] | None:
    gaz = gazetteer()
    for size in range(len(head), 1, -1):
        regions = gaz.by_name.get(head[:size])
        if regions:
            return head[:size], tuple(gaz.lookup(head[:size]))
    return None


def is_place_name(text: str) -> bool:
    """True when ``text`` is a region name (full or short) as a whole: ``leading_place(text)`` is all of it."""
    return 2 <= len(text) <= 12 and bool(gazetteer().by_name.get(text))


def place_chain_prefix(name: str) -> list[tuple[str, list[RegionInfo]]]:
    """Consecutive region names at the start of ``name`` (山东省青岛市李沧区… → 3)."""
    out: list[tuple[str, list[RegionInfo]]] = []
    rest = name
    while rest:
        hit = leading_place(rest)
        if hit is None:
            break
        out.append(hit)
        rest = rest[len(hit[0]) :]
    return out


def contains_place(text: str) -> bool:
    """True when a region name (two characters or more) occurs in ``text``."""
    gaz = gazetteer()
    for i in range(len(text) - 1):
        for size in range(2, min(8, len(text) - i) + 1):
            if gaz.by_name.get(text[i : i + size]):
                return True
    return False
