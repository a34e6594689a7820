"""The places an article mentions, read in one pass over its text (sentences reuse the article's pass)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

from extract.resources.geo import RegionInfo, gazetteer
from extract.resources.lexicon import load_lexicon
from extract.text.fold import fold


class PlaceIndex:
    """Region names (two characters or more) by their first two characters.

    Finds every occurrence of every name, as an Aho-Corasick pass would, but
    faster: pyahocorasick scans a node's children linearly, and the gazetteer's
    root has about a thousand of them. Here one regex (two character classes:
    the characters a name can start with, then those that can come second)
    gives the few positions where a name's first two characters may stand, and
    only those are checked in Python.
    """

    def __init__(self, names: list[str]) -> None:
        self.names = frozenset(n for n in names if len(n) >= 2)
        sizes: dict[str, set[int]] = {}
        for name in self.names:
            sizes.setdefault(name[:2], set()).add(len(name))
        self.sizes = {pair: tuple(sorted(s)) for pair, s in sizes.items()}
        firsts, seconds = ({p[k] for p in self.sizes} for k in (0, 1))
        self.pair = re.compile(f"(?=({_char_class(firsts)}{_char_class(seconds)}))")

    def starts(self, text: str) -> Iterator[int]:
        """Offsets where a name's first character is followed by a character that can come second."""
        return (m.start() for m in self.pair.finditer(text))

    def hits(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every name in ``text``, by end, the longer first on one end (Aho-Corasick order)."""
        out: list[tuple[int, int]] = []
        n, names, by_pair = len(text), self.names, self.sizes.get
        for m in self.pair.finditer(text):
            sizes = by_pair(m.group(1))
            if sizes:
                i = m.start()
                out += [(i, i + size) for size in sizes if i + size <= n and text[i : i + size] in names]
        out.sort(key=_by_end)
        return out


def _by_end(hit: tuple[int, int]) -> tuple[int, int]:
    return hit[1], hit[0]


def _char_class(chars: set[str]) -> str:
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


@lru_cache(maxsize=1)
def _index() -> PlaceIndex:
    return PlaceIndex(gazetteer().names())


@lru_cache(maxsize=1)
def _blocked() -> frozenset[str]:
    """Words a place name's last character makes with the next one (市场, 区域, 县级): no place ends there."""
    return frozenset(load_lexicon().get("place_block"))


def place_hits(text: str) -> list[tuple[int, int]]:
    """(start, end) of every region name in ``text`` that is not the head of a longer word (杭州市|场)."""
    return _unblocked(text, _index().hits(text), 0, len(text))


def _unblocked(text: str, hits: list[tuple[int, int]], start: int, stop: int) -> list[tuple[int, int]]:
    """The ``hits`` inside ``text[start:stop]`` not blocked there (the next character is looked at only
    before ``stop``), with offsets into that slice: what :func:`place_hits` finds in the slice."""
    blocked = _blocked()
    return [(s - start, e - start) for s, e in hits if s >= start and text[e - 1 : min(e + 1, stop)] not in blocked]


@lru_cache(maxsize=1)
def full_names() -> frozenset[str]:
    """Every full region name (无锡市, not 无锡)."""
    gaz = gazetteer()
    return frozenset(form for code in gaz.by_code for form in gaz.full_forms(code))


class SentencePlaces:
    """Region names in one text: name lengths by start (longest first) and by end. ``hits`` are the
    text's :func:`place_hits` when the caller has them already (:meth:`ArticlePlaces.sentence_hits`)."""

    def __init__(self, text: str, hits: list[tuple[int, int]] | None = None) -> None:
        self.text = text
        self.by_start: dict[int, list[int]] = {}
        self.by_end: dict[int, list[int]] = {}
        for start, end in place_hits(text) if hits is None else hits:
            self.by_start.setdefault(start, []).append(end - start)
            self.by_end.setdefault(end, []).append(end - start)
        for sizes in self.by_start.values():
            sizes.sort(reverse=True)
        self.starts = sorted(self.by_start)

    def leading(self, start: int, stop: int) -> int:
        """Length of the longest region name at ``start`` ending by ``stop`` (0 when none)."""
        for size in self.by_start.get(start, ()):
            if start + size <= stop:
                return size
        return 0

    def first(self, start: int, stop: int) -> int | None:
        """Offset of the first region name inside ``text[start:stop]`` (None when none)."""
        for i in self.starts[bisect_left(self.starts, start) :]:
            if i >= stop:
                return None
            if self.leading(i, stop):
                return i
        return None

    def within(self, start: int, stop: int) -> bool:
        """True when a region name lies wholly inside ``text[start:stop]``."""
        return self.first(start, stop) is not None

    def full_ending_at(self, end: int, start: int) -> bool:
        """True when a full region name (无锡市) ends at ``end`` and starts at or after ``start``."""
        names = full_names()
        return any(end - n >= start and self.text[end - n : end] in names for n in self.by_end.get(end, ()))

    def covering(self, w_start: int, w_end: int, stop: int) -> bool:
        """True when the longest region name at some start before ``w_end`` overlaps ``text[w_start:w_end]``."""
        starts = self.starts
        for i in starts[bisect_left(starts, max(0, w_start - 5)) : bisect_right(starts, w_start)]:
            size = self.leading(i, stop)
            if size and i + size > w_start and i < w_end:
                return True
        return False


class ArticlePlaces:
    """Regions named in one article, disambiguated by each other."""

    def __init__(self, text: str, offset: int = 0, folded: str | None = None) -> None:
        """``folded``: :func:`~extract.text.fold.fold` of ``text``, when the caller has it."""
        gaz = gazetteer()
        folded = self.folded = fold(text) if folded is None else folded
        self._all = _index().hits(folded)
        self._ends = [end for _, end in self._all]
        hits = _unblocked(folded, self._all, 0, len(folded))
        names = [folded[start:end] for start, end in hits]
        candidates = {r.code: r for name in names for r in gaz.regions(name)}
        self.full = {r.code for name in names for r in gaz.regions(name) if gaz.is_full(name, r)}
        self.written = {r.code: name for name in names for r in gaz.regions(name) if name != r.name and gaz.is_full(name, r)}
        self.codes = self._consistent(candidates)
        self.written_parent = self._written_parents(folded, hits)
        self.named_at = [
            (offset + start, offset + end, r)
            for start, end in _maximal(hits)
            for r in gaz.regions(folded[start:end])
            if r.code in self.codes and gaz.is_full(folded[start:end], r)
        ]
        self.counts: dict[str, int] = {}
        for name, count in Counter(names).items():
            for region in gaz.regions(name):
                if region.code in self.codes:
                    self.counts[region.code] = self.counts.get(region.code, 0) + count

    def sentence_hits(self, start: int, stop: int) -> list[tuple[int, int]]:
        """:func:`place_hits` of the folded ``text[start:stop]`` (a sentence), read off the article's pass."""
        return _unblocked(self.folded, self._all[bisect_right(self._ends, start) : bisect_right(self._ends, stop)], start, stop)

    def _consistent(self, candidates: dict[str, RegionInfo]) -> set[str]:
        """Keep a county/city only when unambiguous or an ancestor is also named."""
        gaz = gazetteer()
        by_name: dict[str, list[RegionInfo]] = {}
        for region in candidates.values():
            by_name.setdefault(region.name, []).append(region)
        keep: set[str] = set()
        for region in candidates.values():
            ancestors = gaz.ancestors(region.code)
            named_in_full = region.code in self.full and len(gaz.regions(region.name)) == 1
            city_short = region.level == "city" and len(gaz.regions(region.short)) == 1
            if not ancestors.isdisjoint(candidates) or named_in_full or city_short or region.level == "province":
                keep.add(region.code)
        return keep

    def _written_parents(self, text: str, hits: list[tuple[int, int]]) -> dict[str, str]:
        """For each region, the ancestor the text writes right before it (宁波镇海 → 镇海区: 宁波市)."""
        gaz, ending = gazetteer(), dict[int, list[str]]()
        for start, end in hits:
            ending.setdefault(end, []).append(text[start:end])
        out: dict[str, str] = {}
        for start, end in hits:
            befores = ending.get(start)
            if befores is None:
                continue  # no region name ends where this one starts
            for child in gaz.regions(text[start:end]):
                if child.code not in self.codes:
                    continue
                above = gaz.ancestors(child.code)
                for before in befores:
                    parent = next((r for r in gaz.regions(before) if r.code in above), None)
                    if parent is not None and _deeper(parent.code, out.get(child.code)):
                        out[child.code] = parent.code
        return out

    def pick(self, regions: list[RegionInfo]) -> RegionInfo | None:
        """The region among ``regions`` the article supports best."""
        if len(regions) <= 1:
            return regions[0] if regions else None
        gaz = gazetteer()
        scored = sorted(regions, key=lambda r: -(len(gaz.ancestors(r.code) & self.codes) + (r.code in self.codes)))
        return scored[0]

    def fullest_prefix(self, region: RegionInfo) -> str:
        """The region's full name preceded by the ancestors the article writes before it
        (宁波镇海 somewhere in the text → 宁波市镇海区; 江苏 named elsewhere does not make 江苏省无锡市)."""
        gaz, names, code = gazetteer(), [self.written.get(region.code, region.name)], region.code
        while (parent := self.written_parent.get(code)) is not None and len(names) < 4:
            names.append(self.written.get(parent, gaz.by_code[parent].name))
            code = parent
        return "".join(reversed(names))

    def nearest_before(self, level: str, pos: int) -> RegionInfo | None:
        """The region of ``level`` last written in full before page offset ``pos`` (县总工会 after 滨海县 → 滨海县)."""
        before = [r for _, end, r in self.named_at if end <= pos and r.level == level]
        return before[-1] if before else None

    def at_level(self, level: str) -> RegionInfo | None:
        """The article's region of one level, or the ancestor of that level of its deepest region."""
        gaz = gazetteer()
        votes: dict[str, int] = {}
        for code, count in self.counts.items():
            for region in gaz.chain(code):
                if region.level == level:
                    votes[region.code] = votes.get(region.code, 0) + count
        if not votes:
            return None
        return gaz.by_code[max(sorted(votes), key=lambda c: votes[c])]


def _deeper(code: str, than: str | None) -> bool:
    """True when ``code`` is a lower-level region than ``than`` (or ``than`` is unset)."""
    return than is None or len(code.rstrip("0")) > len(than.rstrip("0"))


def _maximal(hits: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Hits not inside a longer one (镇康县, not its 康县)."""
    longest: dict[int, int] = {}
    for start, end in hits:
        longest[end] = min(longest.get(end, start), start)
    spans = sorted((start, end) for end, start in longest.items())
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and out[-1][0] <= start and end <= out[-1][1]:
            continue
        out.append((start, end))
    return out
