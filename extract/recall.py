"""Later mentions of a person the article has already introduced.

A name is recognised where a cue introduces it (people.py); the same name
later in the article (葛大海是某公司的一名司机) carries no cue. This pass finds
those mentions, sentence by sentence, and reads the sentence's relations
again when it gained one.
"""

from __future__ import annotations

import re
from collections import defaultdict

from extract.assemble import SentenceRecord
from extract.award_lists import add_list_awards
from extract.relate import RelationFinder
from extract.resolve import PageMention
from extract.text import Found


def complete_people(records: list[SentenceRecord], finder: RelationFinder) -> None:
    """Add the article's known person names where a sentence repeats them; then the
    honours given across sentences (:mod:`extract.award_lists`)."""
    known: dict[int, set[str]] = defaultdict(set)
    for r in records:
        known[r.article] |= {m.found.text for m in r.mentions if m is not None and m.label == "Person"}
    for r in records:
        names = known[r.article]
        if names and _add_known(r, names):
            found = [m.found for m in r.mentions if m is not None]
            r.relations = finder.find(r.sentence.text, found)
    add_list_awards(records)


def _add_known(r: SentenceRecord, names: set[str]) -> bool:
    text = r.sentence.text
    taken = [(m.found.start, m.found.end) for m in r.mentions if m is not None]
    added: list[Found] = []
    for m in re.finditer("|".join(sorted(map(re.escape, names), key=len, reverse=True)), text):
        if not any(s < m.end() and m.start() < e for s, e in taken):
            added.append(Found("Person", m.start(), m.end(), m.group(), {"head": "known"}))
            taken.append((m.start(), m.end()))
    if not added:
        return False
    mentions: list[PageMention] = [m for m in r.mentions if m is not None]
    mentions += [PageMention(f, r.article, 0, r.sentence.start + f.start, r.sentence.start + f.end) for f in added]
    mentions.sort(key=lambda m: (m.found.start, -m.found.end))
    r.mentions = list[PageMention | None](mentions)
    return True
