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
from extract.lexicon import load_lexicon
from extract.listed import ListedBodies, split_combined, townships_of
from extract.relate import RelationFinder
from extract.resolve import PageMention
from extract.text import Found


def complete_people(records: list[SentenceRecord], finder: RelationFinder) -> None:
    """Add the article's known person names where a sentence repeats them; then the
    honours given across sentences (:mod:`extract.award_lists`)."""
    _complete_bodies(records, finder)
    known: dict[int, set[str]] = defaultdict(set)
    for r in records:
        known[r.article] |= {m.found.text for m in r.mentions if m is not None and m.label == "Person"}
    for r in records:
        names = known[r.article]
        if names and _add_known(r, names):
            found = [m.found for m in r.mentions if m is not None]
            r.relations = finder.find(r.sentence.text, found)
    add_list_awards(records)


def _complete_bodies(records: list[SentenceRecord], finder: RelationFinder) -> None:
    """Add the bodies named through list and abbreviation structure (:mod:`extract.listed`)."""
    listed = _listed()
    unions: dict[int, set[str]] = defaultdict(set)
    for r in records:
        unions[r.article] |= {m.found.text for m in r.mentions if m is not None and m.label == "Union"}
    townships = {a: townships_of(names) for a, names in unions.items()}
    for r in records:
        found = [m.found for m in r.mentions if m is not None]
        split = split_combined(found)
        extra = listed.find(r.sentence.text, split, townships.get(r.article, ()))
        if len(split) == len(found) and not extra:
            continue
        kept = {id(m.found): m for m in r.mentions if m is not None}
        mentions = [kept.get(id(f)) or PageMention(f, r.article, 0, r.sentence.start + f.start, r.sentence.start + f.end) for f in split + extra]
        mentions.sort(key=lambda m: (m.found.start, -m.found.end))
        r.mentions = list[PageMention | None](mentions)
        r.relations = finder.find(r.sentence.text, [m.found for m in mentions])


_LISTED: list[ListedBodies] = []


def _listed() -> ListedBodies:
    if not _LISTED:
        _LISTED.append(ListedBodies(load_lexicon()))
    return _LISTED[0]


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
