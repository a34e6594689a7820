"""The structural lexicons under ``extract/data/``, loaded once and validated.

``lexicon.csv`` lists name suffixes, office titles, award and programme heads
and the verbs and cues relations hang on; ``words.csv`` the words that end a
name on its left (boundaries), generic modifiers and fixed abbreviations;
``surnames.csv`` Chinese surnames; ``ethnic_groups.csv`` the 56 ethnic groups
(to shorten autonomous-area names). None of them lists particular bodies.

``lexicon.csv`` has the columns ``kind,value,tag,note``: ``tag`` is what the
code reads of a row (one of :data:`TAGS` for its kind: a verb that confers, a
host verb's role, a programme head only read after a quoted name …), checked
at load like the kind; ``note`` is free text for people. ``words.csv`` has
``kind,value,target`` (an abbreviation's full form).
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import extract

# next to the package's __init__.py (a compiled module's own __file__ lies in the build directory)
DATA_DIR = Path(extract.__file__ or ".").parent / "data"
KINDS = frozenset(
    {
        "union_suffix",
        "org_suffix",
        "ent_suffix",
        "party_suffix",
        "title",
        "role",
        "award_core",
        "award_qual",
        "prog_head",
        "host_verb",
        "partner_cue",
        "pair_cue",
        "agree_verb",
        "award_verb",
        "speech_verb",
        "person_noun",
        "boundary",
        "generic",
        "place_suffix",
        "national",
        "abbrev",
        "person_title",
        "subject_verb",
        "elect_verb",
        "work_cue",
        "prog_generic",
        "prog_stop",
        "place_block",
        "name_word",
        "short_suffix",
        "ent_trade",
        "held_word",
        "org_ending",
        "news_ending",
        "byline_cue",
        "after_name",
        "zone_word",
        "unit_suffix",
        "unit_stop",
        "unit_stop_char",
        "prog_after",
        "suffix_not_after",
        "suffix_not_before",
        "verb_before_place",
        "township_word",
        "township_org",
        "conjunction",
        "leading_conjunction",
        "national_prefix",
        "job_end",
        "team_lead",
        "take_part",
        "join_verb",
    }
)

# The closed set of tags a kind's rows may carry in lexicon.csv's ``tag`` column (checked at load);
# the ``note`` column is free text for people.
TAGS: dict[str, frozenset[str]] = {
    "award_verb": frozenset({"award", "confer"}),  # the recipient is the subject / the object
    "host_verb": frozenset({"host", "co-host", "undertaker"}),  # the HOSTED role it states
    "prog_head": frozenset({"bare", "list", "project", "plan"}),  # bare: only after a quoted name; list: only in lists
    "prog_stop": frozenset({"any"}),  # stops a programme wherever it stands (else only at its end)
    "union_suffix": frozenset({"any"}),  # names any union (工会), not a federation
    "award_core": frozenset({"personal"}),  # an honour a person (or a home) holds
    "person_noun": frozenset({"worker"}),  # a worker: WORKS_AT where the body is named
}


@dataclass(frozen=True)
class Lexicon:
    """Word lists by kind; each list is longest first, so alternations prefer long forms."""

    words: dict[str, tuple[str, ...]]
    tags: dict[tuple[str, str], str]
    targets: dict[tuple[str, str], str]
    abbreviations: dict[str, str]
    surnames: frozenset[str]
    double_surnames: frozenset[str] = field(default_factory=frozenset)

    def get(self, kind: str) -> tuple[str, ...]:
        """The words of one kind (empty when none)."""
        return self.words.get(kind, ())

    def tag(self, kind: str, value: str) -> str:
        """The tag of an entry (one of :data:`TAGS` for its kind, or "")."""
        return self.tags.get((kind, value), "")

    def tagged(self, kind: str, *tags: str) -> tuple[str, ...]:
        """The words of one kind carrying one of ``tags`` ("" for the untagged), longest first."""
        return tuple(w for w in self.get(kind) if self.tag(kind, w) in tags)

    def target(self, kind: str, value: str) -> str:
        """The ``target`` column of a words.csv entry (an abbreviation's full form)."""
        return self.targets.get((kind, value), "")

    @property
    def place_suffixes(self) -> tuple[str, ...]:
        """Administrative suffixes, longest first."""
        return self.get("place_suffix")


def _read(name: str) -> list[dict[str, str]]:
    with (DATA_DIR / name).open(encoding="utf-8", newline="") as handle:
        return [dict(row) for row in csv.DictReader(handle)]


def _check_kind(kind: str, source: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"{source}: unknown lexicon kind {kind!r}")


def _check_tag(kind: str, value: str, tag: str) -> None:
    if tag and tag not in TAGS.get(kind, frozenset()):
        allowed = ", ".join(sorted(TAGS.get(kind, ()))) or "none"
        raise ValueError(f"lexicon.csv: {kind} {value!r}: unknown tag {tag!r} (allowed: {allowed})")


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read and validate every lexicon file (once per process)."""
    grouped: dict[str, list[str]] = defaultdict(list)
    tags: dict[tuple[str, str], str] = {}
    targets: dict[tuple[str, str], str] = {}
    abbreviations: dict[str, str] = {}
    for row in _read("lexicon.csv") + _read("words.csv"):
        kind, value = row["kind"], row["value"]
        _check_kind(kind, value)
        grouped[kind].append(value)
        tag = row.get("tag") or ""
        _check_tag(kind, value, tag)
        tags[(kind, value)] = tag
        targets[(kind, value)] = row.get("target") or ""
        if kind == "abbrev":
            abbreviations[value] = row.get("target") or ""
    words = {k: tuple(sorted(dict.fromkeys(v), key=len, reverse=True)) for k, v in grouped.items()}
    names = [row["surname"] for row in _read("surnames.csv")]
    return Lexicon(
        words=words,
        tags=tags,
        targets=targets,
        abbreviations=abbreviations,
        surnames=frozenset(n for n in names if len(n) == 1),
        double_surnames=frozenset(n for n in names if len(n) == 2),
    )


@lru_cache(maxsize=1)
def ethnic_groups() -> tuple[str, ...]:
    """The ethnic groups of ``ethnic_groups.csv`` without their final 族 (蒙古, 朝鲜 …), longest first."""
    names = [row["name"] for row in _read("ethnic_groups.csv")]
    for name in names:
        if not name or name.endswith("族"):
            raise ValueError(f"ethnic_groups.csv: bad group name {name!r} (give it without 族)")
    return tuple(sorted(dict.fromkeys(names), key=len, reverse=True))


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first (so the longest match wins)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


class Gate:
    """A cheap test that a pattern cannot match a text: every match holds one of a few characters.

    Built from the words a pattern must contain (one of them), or from the characters themselves;
    the characters are chosen greedily so that each word holds one (选 covers 选举, 推选, 补选 …).
    ``open(text)`` is False only when no match is possible, so a rule may skip its scan then.
    """

    def __init__(self, words: Iterable[str]) -> None:
        self.chars = _cover([w for w in words if w])
        self._any = re.compile(f"[{''.join(re.escape(c) for c in self.chars)}]")

    def open(self, text: str) -> bool:
        """True when ``text`` holds one of the gate's characters (a match is possible)."""
        if len(self.chars) > 3:
            return self._any.search(text) is not None
        for c in self.chars:
            if c in text:
                return True
        return False


def _cover(words: list[str]) -> tuple[str, ...]:
    """Characters such that every word holds one of them (greedy: the most shared first)."""
    chosen: list[str] = []
    left = [set(w) for w in words]
    while left:
        counts: dict[str, int] = defaultdict(int)
        for chars in left:
            for c in chars:
                counts[c] += 1
        best = max(sorted(counts), key=lambda c: counts[c])
        chosen.append(best)
        left = [chars for chars in left if best not in chars]
    return tuple(chosen)


class Words:
    """The matches of ``re.compile(alternation(words)).finditer(text)`` as (start, end) pairs, without
    compiling a pattern: a few ``str.find`` scans, then leftmost, longest first, not overlapping.
    Built per page for short-lived word sets (the names an article has introduced)."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = sorted(set(words), key=len, reverse=True)
        self._empty = "" in self.words
        self._pattern = re.compile(alternation(self.words)) if self._empty else None

    def finditer(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each match, in text order."""
        if self._pattern is not None:  # an empty word matches everywhere: leave that to the regex
            return [m.span() for m in self._pattern.finditer(text)]
        hits: list[tuple[int, int]] = []
        for word in self.words:
            i = text.find(word)
            while i >= 0:
                hits.append((i, -len(word)))
                i = text.find(word, i + 1)
        if not hits:
            return hits
        hits.sort()
        out: list[tuple[int, int]] = []
        last = 0
        for start, size in hits:
            if start >= last:
                last = start - size
                out.append((start, last))
        return out
