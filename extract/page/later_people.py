"""Later mentions of a person the article has already introduced.

A name is recognised where a cue introduces it (:mod:`extract.recognise.people`); the same
name later in the article (葛大海是某公司的一名司机) carries no cue. This pass finds those
mentions, sentence by sentence, and reads the sentence's relations again when it gained one.
"""

from __future__ import annotations

from collections import defaultdict

from extract.relate.sentence import RelationFinder
from extract.resolve import SentenceRecord
from extract.resources.lexicon import Words
from extract.text.spans import Found


def complete_people(records: list[SentenceRecord], finder: RelationFinder) -> None:
    """Add the article's known person names where a sentence repeats them."""
    known: dict[int, set[str]] = defaultdict(set)
    for r in records:
        known[r.article] |= {m.found.text for m in r.mentions if m is not None and m.label == "Person"}
    words = {a: Words(names) for a, names in known.items() if names}
    for r in records:
        pattern = words.get(r.article)
        if pattern is not None and _add_known(r, pattern):
            found = [m.found for m in r.mentions if m is not None]
            r.relations = finder.find(r.sentence.text, found)


def _add_known(r: SentenceRecord, pattern: Words) -> bool:
    text = r.sentence.text
    return r.add_free_mentions([Found("Person", s, e, text[s:e], {"head": "known"}) for s, e in pattern.finditer(text)])
