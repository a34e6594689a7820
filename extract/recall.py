"""Later mentions of a person the article has already introduced.

A name is recognised where a cue introduces it (people.py); the same name
later in the article (葛大海是某公司的一名司机) carries no cue. This pass finds
those mentions, sentence by sentence, and reads the sentence's relations
again when it gained one.
"""

from __future__ import annotations

from collections import defaultdict

from extract.assemble import SentenceRecord
from extract.award_lists import add_list_awards
from extract.brands import brand_forms
from extract.committees import add_committee_members
from extract.company_unions import complete_company_unions
from extract.joint_parties import add_joint_parties
from extract.listed_brands import add_listed_brands
from extract.lexicon import Words, load_lexicon
from extract.listed import ListedBodies, split_combined, townships_of
from extract.relate import RelationFinder
from extract.resolve import PageMention
from extract.text import Found


def complete_people(records: list[SentenceRecord], finder: RelationFinder) -> None:
    """Add the article's known person names where a sentence repeats them; then the
    honours given across sentences (:mod:`extract.award_lists`), the hosts 四方共同… refers to
    (:mod:`extract.joint_parties`) and the members of a standing committee list (:mod:`extract.committees`)."""
    _complete_bodies(records, finder)
    _complete_short_forms(records, finder)
    add_listed_brands(records, finder)
    complete_company_unions(records, finder)
    known: dict[int, set[str]] = defaultdict(set)
    for r in records:
        known[r.article] |= {m.found.text for m in r.mentions if m is not None and m.label == "Person"}
    words = {a: Words(names) for a, names in known.items() if names}
    for r in records:
        pattern = words.get(r.article)
        if pattern is not None and _add_known(r, pattern):
            found = [m.found for m in r.mentions if m is not None]
            r.relations = finder.find(r.sentence.text, found)
    add_list_awards(records)
    add_joint_parties(records)
    add_committee_members(records)


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


def _complete_short_forms(records: list[SentenceRecord], finder: RelationFinder) -> None:
    """某有限公司(以下简称Y)工会 or 某有限公司(以下简称Y) declares Y: later Y工会 / Y in the article is that union / enterprise."""
    short: dict[int, dict[str, Found]] = defaultdict(dict)
    for r in records:
        for m in r.mentions:
            if m is not None and m.label == "Enterprise":
                _add_brands(short[r.article], m.found)
            if m is None or "aliases" not in m.found.props or "name" not in m.found.props:
                continue
            f = m.found
            short[r.article][f.props["aliases"]] = f
            if f.label == "Union":  # the enterprise's own short form: Y工会 minus 工会
                ent = f.props["aliases"][: -len(f.props.get("suffix", ""))]
                if len(ent) >= 2:
                    name = f.props["name"][: -len(f.props.get("suffix", ""))]
                    short[r.article].setdefault(ent, Found("Enterprise", 0, 0, ent, {"name": name, "aliases": ent}))
            elif f.label == "Enterprise":  # the union of a declared enterprise: Y工会
                union = f.props["aliases"] + "工会"
                short[r.article].setdefault(union, Found("Union", 0, 0, union, {"name": f.props["name"] + "工会", "aliases": union, "suffix": "工会"}))
    patterns = {a: Words(forms) for a, forms in short.items() if forms}
    for r in records:
        forms = short.get(r.article)
        if forms and _add_short(r, forms, patterns[r.article]):
            r.relations = finder.find(r.sentence.text, [m.found for m in r.mentions if m is not None])


def _add_brands(forms: dict[str, Found], ent: Found) -> None:
    """A company named in full: its brand forms (:mod:`extract.brands`) and their 工会 stand for it and its union."""
    name = ent.props.get("name", ent.text)
    for brand in brand_forms(name):
        forms.setdefault(brand, Found("Enterprise", 0, 0, brand, {"name": name, "aliases": brand}))
        union = brand + "工会"
        forms.setdefault(union, Found("Union", 0, 0, union, {"name": name + "工会", "aliases": union, "suffix": "工会"}))


def _add_short(r: SentenceRecord, forms: dict[str, Found], pattern: Words) -> bool:
    text = r.sentence.text
    found: list[Found] = []
    for start, end in pattern.finditer(text):
        model = forms[text[start:end]]
        props = {k: v for k, v in model.props.items() if k != "aliases"}
        found.append(Found(model.label, start, end, text[start:end], props))
    return r.add_free_mentions(found)


_LISTED: list[ListedBodies] = []


def _listed() -> ListedBodies:
    if not _LISTED:
        _LISTED.append(ListedBodies(load_lexicon()))
    return _LISTED[0]


def _add_known(r: SentenceRecord, pattern: Words) -> bool:
    text = r.sentence.text
    return r.add_free_mentions([Found("Person", s, e, text[s:e], {"head": "known"}) for s, e in pattern.finditer(text)])
