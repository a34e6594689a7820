"""Fold traditional characters to simplified ones, one character for one.

The recognisers match their (simplified) lexicons against the folded text and
read names from the original, so offsets stay valid and a name keeps the form
the page writes (孫志剛 stays 孫志剛). Only OpenCC's single-character
traditional→simplified entries are used; phrases are left alone.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import opencc


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    path = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    table: dict[int, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        trad, _, simple = line.partition("\t")
        first = simple.split(" ")[0] if simple else ""
        if len(trad) == 1 and len(first) == 1 and trad != first:
            table[ord(trad)] = first
    return table


@lru_cache(maxsize=1)
def _traditional() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Finders of a character the table folds: a class of the BMP ones (a bitmap, fast) and any
    character beyond the BMP (the table's few there are then looked up by ``translate``)."""
    bmp = "".join(re.escape(chr(c)) for c in sorted(_table()) if c <= 0xFFFF)
    return re.compile(f"[{bmp}]"), re.compile("[\U00010000-\U0010ffff]")


@lru_cache(maxsize=16)
def fold(text: str) -> str:
    """``text`` with each traditional character replaced by its simplified form (same length).
    The last few results are kept: the recognisers of a sentence fold the same text one after another.
    A text holding no character to fold is returned as it is (one regex scan instead of a translation)."""
    bmp, astral = _traditional()
    if bmp.search(text) is None and astral.search(text) is None:
        return text
    return text.translate(_table())
