"""A company listed next to another by its brand and trade (某某士和村田电子与8家企业…).

A short company name has no suffix for the body scan to see; listed with a
company the sentence already names (joined by 和/与/及/、) and ending on a
trade word of the lexicon (电子, 物流, 钢铁 …), it is a company too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.relate.sentence import RelationFinder
from extract.resolve import SentenceRecord
from extract.resources.lexicon import alternation, load_lexicon
from extract.text.spans import Found

_BRAND = r"(?:(?![的和与及等在是为])[\u4e00-\u9fffA-Za-z]){2,4}?"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    trade = alternation(load_lexicon().get("ent_trade"))
    after = re.compile(rf"[和与及、]({_BRAND}(?:{trade}))(?=[和与及、等，,。；;]|$)")
    before = re.compile(rf"(?:^|(?<=[，,。；;：:\s在和与及、]))({_BRAND}(?:{trade}))[和及、]$")
    return after, before


def add_listed_brands(records: list[SentenceRecord], finder: RelationFinder) -> None:
    """Add an Enterprise mention for each brand listed with a company the sentence names."""
    for r in records:
        ents = [m.found for m in r.mentions if m is not None and m.label == "Enterprise"]
        if r.add_free_mentions(_listed(r.sentence.text, ents)):
            r.relations = finder.find(r.sentence.text, [m.found for m in r.mentions if m is not None])


def _listed(text: str, ents: list[Found]) -> list[Found]:
    """The brands listed right after or before each company (overlaps are left to the caller)."""
    after, before = _patterns()
    out: list[Found] = []
    for e in ents:
        for m in (after.match(text, e.end), before.search(text, 0, e.start)):
            if m is not None:
                out.append(Found("Enterprise", m.start(1), m.end(1), m.group(1), {}))
    return out
