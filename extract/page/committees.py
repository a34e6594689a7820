"""LEADS for the members of a standing committee listed after an election.

当选常务委员会委员的有：A、B、C / 当选常委的是A、B / 常务委员会委员名单如下：A、B: each
listed person leads the union the election belongs to, with the committee title as written.
That union is the one named before the cue in the same sentence, else the union the
article's last election or office (a LEADS to a union) went to, else the union the article named last. A person who already holds a higher
office there keeps it (the first title a relation gets stands).
"""

from __future__ import annotations

import re
from dataclasses import replace

from extract.relate.base import Rel
from extract.resolve import PageMention, SentenceRecord

_TITLES = r"常务委员会委员|常委会委员|常务委员|常委"
_LIST = re.compile(
    rf"(?:当选为?|增补为?|补选为?)({_TITLES})(?:的有|的是|的分别是|的分别为|名单如下|有|是|为)"
    rf"|({_TITLES})(?:名单如下|分别是|分别为)"
)


def add_committee_members(records: list[SentenceRecord]) -> None:
    """Add LEADS from each person a committee list names to the election's union."""
    last_union: dict[int, PageMention] = {}
    named: dict[int, PageMention] = {}  # the article's last union mention
    for r in records:
        text = r.sentence.text
        if "委" in text and ("当选" in text or "名单" in text or "分别" in text or "选为" in text):
            m = _LIST.search(text)
            if m is not None:
                _attach(r, m.group(1) or m.group(2), m.start(), m.end(), last_union.get(r.article) or named.get(r.article))
        for x in r.mentions:
            if x is not None and x.label == "Union":
                named[r.article] = x
        for rel in r.relations:
            if rel.type == "LEADS" and rel.target is not None:
                target = r.mentions[rel.target]
                if target is not None and target.label == "Union":
                    last_union[r.article] = target


def _attach(r: SentenceRecord, title: str, cue: int, after: int, earlier: PageMention | None) -> None:
    people = [i for i, x in enumerate(r.mentions) if x is not None and x.label == "Person" and x.found.start >= after]
    if not people:
        return
    before = [i for i, x in enumerate(r.mentions) if x is not None and x.label == "Union" and x.found.end <= cue]
    if before:
        union = before[-1]
    elif earlier is not None:
        r.mentions.append(replace(earlier, extra_aliases=list(earlier.extra_aliases)))
        union = len(r.mentions) - 1
    else:
        return
    r.relations = r.relations + [Rel("LEADS", pi, union, {"title": title}) for pi in people]
