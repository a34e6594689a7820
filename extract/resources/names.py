"""What a person name looks like: surname, length, characters (``data/names.csv``).

A candidate is a surname (one character, or a compound surname of two) and
one or two given-name characters, none of them a character that never sits
in a given name (``stop``). Surnames that are also common words (``weak``:
和, 向, 文, 安 …) are accepted only after a strong cue. The length is
decided by the characters around: a third character that starts a predicate
(``cut``: 在, 说, 当 …) makes the name two characters long; otherwise three
characters are taken, confirmed by a following ``end`` character or
punctuation where the cue is weak.

Names written without a surname (Tibetan: 索朗顿珠, 德吉卓嘎) are two
given-name elements of ``name_elements.csv``, four characters in all.
"""

from __future__ import annotations

import csv
import re

from extract.resources.lexicon import DATA_DIR, Lexicon, alternation
from extract.text.spans import is_place_name

_PUNCT = frozenset("，,。；;：:、！!？?“”\"'（）()《》 \n\t·")
_SHAPE = re.compile(r"[\u4e00-\u9fff]{2,4}")


def _chars() -> dict[str, frozenset[str]]:
    with (DATA_DIR / "names.csv").open(encoding="utf-8", newline="") as handle:
        return {row["kind"]: frozenset(row["chars"]) for row in csv.DictReader(handle)}


def _elements() -> frozenset[str]:
    with (DATA_DIR / "name_elements.csv").open(encoding="utf-8", newline="") as handle:
        elements = frozenset(row["element"] for row in csv.DictReader(handle))
    if any(len(e) != 2 for e in elements):
        raise ValueError("name_elements.csv: every element has two characters")
    return elements


class NameRules:
    """Checks a candidate name and decides its length."""

    def __init__(self, lex: Lexicon) -> None:
        chars = _chars()
        self.cut, self.end, self.stop, self.weak = chars["cut"], chars["end"], chars["stop"], chars["weak"]
        self.surnames, self.double = lex.surnames, lex.double_surnames
        self.titles = lex.get("title") + lex.get("role")
        self._titled = re.compile(alternation(self.titles))
        self.elements = _elements()
        # a name's first character is one of these
        self._heads = self.surnames | {d[0] for d in self.double} | {e[0] for e in self.elements}

    def composed(self, name: str) -> bool:
        """A name of two surname-less elements (索朗顿珠)."""
        return len(name) == 4 and name[:2] in self.elements and name[2:] in self.elements

    def is_name(self, name: str, strong: bool) -> bool:
        """A surname and one or two given-name characters, not a place or a title."""
        if _SHAPE.fullmatch(name) is None:
            return False
        if self.composed(name):
            return True
        if len(name) >= 3 and name[:2] in self.double:
            given = name[2:]
        elif len(name) <= 3 and name[0] in self.surnames:
            given = name[1:]
        else:
            return False
        if not strong and name[0] in self.weak:
            return False
        if not self.stop.isdisjoint(given) or self._titled.search(name):
            return False
        return not is_place_name(name)

    def has_title(self, name: str) -> bool:
        """True when ``name`` holds an office title or a role (主席, 驾驶员 …)."""
        return self._titled.search(name) is not None

    def ends_at(self, text: str, pos: int) -> bool:
        """True when the character at ``pos`` can follow a name."""
        return pos >= len(text) or text[pos] in _PUNCT or text[pos] in self.end

    def fits(self, text: str, start: int, size: int) -> bool:
        """The name ``text[start:start+size]`` does not swallow the predicate's first character."""
        return size == 2 or text[start + size - 1] not in self.cut

    def after_head(self, text: str, start: int, strong: bool) -> int:
        """Length of the name starting at ``start`` (0 when there is none)."""
        if text[start : start + 1] not in self._heads:
            return 0  # no surname starts here
        for size in (4, 3, 2):
            name = text[start : start + size]
            if len(name) == size and self.is_name(name, strong) and self.fits(text, start, size) and self.ends_at(text, start + size):
                return size
        three = text[start : start + 3]
        if strong and len(three) == 3 and self.is_name(three, strong) and self.fits(text, start, 3):
            return 3
        return 0
