"""A company listed next to another by its brand and trade (某某士和村田电子与8家企业…).

A short company name has no suffix for the body scan to see; listed with a
company the sentence already names (joined by 和/与/及/、) and ending on a
trade word of the lexicon (电子, 物流, 钢铁 …), it is a company too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.assemble import SentenceRecord
from extract.lexicon import alternation, load_lexicon
from extract.relate import RelationFinder
from extract.text import Found

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
        added = _listed(r.sentence.text, ents, [m.found for m in r.mentions if m is not None])
        if r.add_mentions(added):
            r.relations = finder.find(r.sentence.text, [m.found for m in r.mentions if m is not None])


def _listed(text: str, ents: list[Found], found: list[Found]) -> list[Found]:
    after, before = _patterns()
    out: list[Found] = []
    for e in ents:
        hits = [after.match(text, e.end), before.search(text, 0, e.start)]
        for m in (h for h in hits if h is not None):
            start, end = m.span(1)
            if not any(f.start < end and start < f.end for f in found + out):
                out.append(Found("Enterprise", start, end, m.group(1), {}))
    return out
