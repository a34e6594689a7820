"""RECEIVED across sentences: honour headings over rows of recipients, and 以上N人.

A heading is a short line naming one honour and ending on a colon (某省五一劳动奖状:),
on 名单 (…获得者名单的公告) or on a count in brackets (一、某市五一劳动奖章(3名)), or a line that is
nothing but the honour (二、全国工人先锋号), (按姓氏笔画排序) lines skipped;
each following row that starts with a person or a body and holds
no clause punctuation outside brackets (孟某 某公司焊工; 某某有限公司; 方某(女,某公司)) received that honour, up to
the first line that is not a row. ``以上三人同时获评“X”`` gives X to the last
three persons the article named before it; a sentence opening on 这位…/他/她 before
its award verb gives the honour to the person the article named last. The honour's mention is copied
into the row's sentence so the relation's evidence is the row.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extract.relate.base import BODIES, Rel
from extract.resolve import PageMention, SentenceRecord
from extract.text.spans import count_value

# a count in brackets closes a numbered section heading: 一、某市五一劳动奖章(3名)
_COUNT = r"[(（]共?[\d一二三四五六七八九十百]+\s*(?:个|名|人|家|项|位|支)[)）]"
_HEADING_END = re.compile(rf"(?:[:：]|名单[:：]?|名单的?(?:公告|公示|通知|决定)|{_COUNT}[:：]?)\s*$")
_ORDINAL = r"(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])"
# what a heading may hold besides the honour (关于2025年X获得者名单的公告)
_HEADING_FILLER = re.compile(
    rf"^{_ORDINAL}?\s*(?:关于)?(?:[\d０-９]{{4}}年度?)?"
    rf"|(?:获得者|获奖者|人选|候选人|拟表彰对象)?(?:名单的?(?:公告|公示|通知|决定)?|{_COUNT})[:：]?\s*$"
)
_NOTE_LINE = re.compile(r"^[(（][^()（）]{1,16}[)）]$")  # (按姓氏笔画排序) under a heading
_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")
_ROW_BREAK = re.compile(r"[，,。；;！？!?]")
_ABOVE = re.compile(r"^(?:以上|上述)([一二两三四五六七八九十\d]+)(?:人|名|位)")
# 这位…班长,去年还获得X / 他荣获X: a sentence whose subject is an anaphor before an award verb
_ANAPHOR = re.compile(r"^\s*(?:这位|这名|他|她)[^。；;！？!?]{0,30}?(?:荣获|获得|获评|被授予|被评为|被命名为)")


def add_list_awards(records: list[SentenceRecord]) -> None:
    """Add RECEIVED for honour headings with rows and for 以上N人 sentences."""
    heading: PageMention | None = None
    article = -1
    for k, r in enumerate(records):
        if r.article != article:
            heading, article = None, r.article
        found = _heading(r)
        if found is not None:
            heading = found
            continue
        if heading is not None and _NOTE_LINE.match(r.sentence.text.strip()):
            continue
        holder = _row_holder(r) if heading is not None else None
        if heading is None or holder is None:
            heading = None
            _above(records, k)
            _anaphor(records, k)
            continue
        _attach(r, holder, heading)


def _heading(r: SentenceRecord) -> PageMention | None:
    awards = [m for m in r.mentions if m is not None and m.label == "Award"]
    if len(awards) != 1:
        return None
    text = r.sentence.text.strip()
    bare = _HEADING_FILLER.sub("", text)
    if bare == awards[0].found.text:
        return awards[0]  # the line is the honour alone
    if not _HEADING_END.search(text):
        return None
    if len(bare) > len(awards[0].found.text) + 6:
        return None
    return awards[0]


def _row_holder(r: SentenceRecord) -> int | None:
    text = r.sentence.text.strip()
    if not text or _ROW_BREAK.search(_BRACKETED.sub("", text)) or len(text) > 40:
        return None
    first = next(((i, m) for i, m in enumerate(r.mentions) if m is not None), None)
    if first is None or first[1].found.start > 1 or (first[1].label not in BODIES and first[1].label != "Person"):
        return None
    return first[0]


def _attach(r: SentenceRecord, holder: int, award: PageMention) -> None:
    r.mentions.append(replace(award, extra_aliases=list(award.extra_aliases)))
    r.relations.append(Rel("RECEIVED", holder, len(r.mentions) - 1))


def _above(records: list[SentenceRecord], k: int) -> None:
    """以上三人同时获评“X”: the last N persons named before, in the same article."""
    r = records[k]
    awards = [i for i, a in enumerate(r.mentions) if a is not None and a.label == "Award"]
    m = _ABOVE.match(r.sentence.text.strip()) if awards else None
    if m is None or not awards:
        return
    count = count_value(m.group(1))
    people: list[PageMention] = []
    for prev in reversed(records[:k]):
        if prev.article != r.article or len(people) >= count:
            break
        for p in reversed([p for p in prev.mentions if p is not None and p.label == "Person"]):
            if len(people) < count and p.found.text not in {q.found.text for q in people}:
                people.append(p)
    for p in people:
        r.mentions.append(replace(p, extra_aliases=list(p.extra_aliases)))
        r.relations += [Rel("RECEIVED", len(r.mentions) - 1, a) for a in awards]


def _anaphor(records: list[SentenceRecord], k: int) -> None:
    """这位…/他/她 …获得X with no recipient in the sentence: the person the article named last."""
    r = records[k]
    awards = [i for i, a in enumerate(r.mentions) if a is not None and a.label == "Award"]
    if not awards or any(rel.type == "RECEIVED" for rel in r.relations):
        return
    m = _ANAPHOR.match(r.sentence.text)
    first = r.mentions[awards[0]]
    if m is None or first is None or m.end() > first.found.start:
        return
    if any(x is not None and x.label != "Award" and x.found.start < first.found.start for x in r.mentions):
        return
    for prev in reversed(records[:k]):
        if prev.article != r.article:
            return
        person = next((p for p in reversed(prev.mentions) if p is not None and p.label == "Person"), None)
        if person is not None:
            r.mentions.append(replace(person, extra_aliases=list(person.extra_aliases)))
            r.relations += [Rel("RECEIVED", len(r.mentions) - 1, a) for a in awards]
            return
