"""Bodies named through list and abbreviation structure (:mod:`extract.recognise.listed`), added page-wide."""

from __future__ import annotations

from collections import defaultdict

from extract.recognise.listed import ListedBodies, split_combined, townships_of
from extract.relate.sentence import RelationFinder
from extract.resolve import PageMention, SentenceRecord
from extract.resources.lexicon import load_lexicon


def complete_bodies(records: list[SentenceRecord], finder: RelationFinder) -> None:
    """Add the bodies named through list and abbreviation structure (:mod:`extract.recognise.listed`)."""
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
        mentions = [
            kept.get(id(f)) or PageMention(f, r.article, 0, r.sentence.start + f.start, r.sentence.start + f.end) for f in split + extra
        ]
        mentions.sort(key=lambda m: (m.found.start, -m.found.end))
        r.mentions = list[PageMention | None](mentions)
        r.relations = finder.find(r.sentence.text, [m.found for m in mentions])


_LISTED: list[ListedBodies] = []


def _listed() -> ListedBodies:
    if not _LISTED:
        _LISTED.append(ListedBodies(load_lexicon()))
    return _LISTED[0]
