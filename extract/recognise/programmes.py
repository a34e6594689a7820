"""Recognise programmes: named initiatives (gold/REVIEW rule 5).

A programme is a quoted or branded core with the programme head that follows
it (“才聚梁溪”职业技能大赛, “双进”宣讲活动 — consecutive heads are kept), a
quoted list member (“A”“B”等活动 → A, B, with A活动 as an alias), a quote right
after a host verb, or an unquoted specific title ending on a programme head
right after a host verb (实施职工素质提升工程). Not programmes: spans that
start on a count or a verb, contain 的/等 or a participation verb, bare heads
(建设, 培训, 宣讲: ``prog_head`` note ``bare``; also 主题宣讲活动: generic words, a bare head,
活动) without a host verb right before the quote, titles
made only of generic words, policy and platform names (``prog_stop``).
"""

from __future__ import annotations

import re

from extract.recognise.programme_spans import MoreProgrammes
from extract.resources.geo import gazetteer
from extract.resources.lexicon import Gate, Lexicon, alternation
from extract.text.spans import Found, clean_name

_QUOTE = re.compile(r"“([^“”]{1,40})”")
_LIST = re.compile(r"(?:、?“[^“”]{1,40}”)*、?等(?:系列|一系列|多项|各类)?")
_TAIL_CHAR = r"(?:(?![的等为是和与及在对把将向到])[\u4e00-\u9fffA-Za-z0-9·])"
_COUNT = re.compile(r"^(?:\d|[一二三四五六七八九十两百千万几多数]+[个次场批名支条位余])")
_TAIL_COUNT = re.compile(r"^(?:\d|[一二三四五六七八九十两百千万几多数]+[个大项类次场批名支种条位])")
_COUNT_CORE = re.compile(r"^[一二三四五六七八九十两双\d]+[个大项类种]$")
_NOT_NAME = re.compile(r"作为|列入|围绕|\d")
_PREFIX = re.compile(r"^(?![这此该本那各每])[\u4e00-\u9fff]{1,6}$")
_QUOTED_SPAN = re.compile(r"“[^“”]*”")
_CLAUSE = re.compile(r"[，,。；;：:！？]")
_ENUMERATION = re.compile(r"[，,、；;]")
_NOUN_BEFORE = {"组织": "会层党新团"}


class ProgrammeFinder:
    """Finds Programme mentions in one sentence."""

    def __init__(self, lex: Lexicon) -> None:
        heads = lex.tagged("prog_head", "", "bare", "project", "plan")
        list_heads = alternation(lex.tagged("prog_head", "", "list", "project", "plan"))
        self.list_end = re.compile(rf"[\u4e00-\u9fff]{{0,8}}?(?:{list_heads})")
        self.bare = lex.tagged("prog_head", "bare")
        self.join = re.compile(alternation(lex.get("join_verb")))  # 参加X大赛: the span starts after the verb
        alt = alternation(heads)
        self.tail = re.compile(rf"{_TAIL_CHAR}{{0,14}}?(?:{alt})(?:{alt})*")
        self.head = re.compile(rf"(?:{alt})(?:{alt})*")
        self.head_end = re.compile(rf"(?:{alt})$")
        verbs = alternation(lex.get("host_verb"))
        self.verbs = re.compile(rf"^(?:{verbs})(?:了|好)?")
        self.verbs_any = re.compile(rf"(?:{verbs})(?:了|好)?")
        # the lookbehind after the verb (not before it) lets every alternative open on a literal, so a
        # search skips the positions no verb starts at (组织(?<![会…]组织) reads as (?<![会…])组织)
        verbs = "|".join(
            f"{re.escape(v)}(?<![{_NOUN_BEFORE[v]}]{re.escape(v)})" if v in _NOUN_BEFORE else re.escape(v)
            for v in sorted(lex.get("host_verb"), key=len, reverse=True)
        )
        # 举办了X大赛, or 由某总工会主办的第二届X竞赛 (a verb that states a role, then 的), ending where the
        # sentence does not go on with a name character, or on a word that follows an event (``prog_after``:
        # …X竞赛在某地开幕, …X大赛举行)
        roles = alternation(lex.tagged("host_verb", "host", "co-host", "undertaker"))  # 主办的X: a named event
        after = "|".join(["等", "和", "暨", *(re.escape(w) for w in lex.get("prog_after"))])
        self.unquoted = re.compile(
            rf"(?:(?:{roles})的|(?:{verbs})(?:了|好)?)([\u4e00-\u9fffA-Za-z0-9]{{3,18}}?(?:{alt}))(?=[^\u4e00-\u9fffA-Za-z0-9]|{after}|$)"
        )
        self.hosted = Gate(lex.get("host_verb"))  # ``unquoted`` needs a host verb
        self.host_before = re.compile(rf"(?:{verbs})(?:了|好|年度)?的?$")
        self.defined = re.compile(rf"是[^，,。；;“”]{{0,24}}?(?:{verbs})的[\u4e00-\u9fff]{{0,8}}?(?:{alt})(?=[，,。；;]|$)")
        self.generic = tuple(sorted(lex.get("generic") + lex.get("prog_generic"), key=len, reverse=True))
        self.stop = lex.tagged("prog_stop", "any")
        self.stop_end = lex.tagged("prog_stop", "")
        self.body_suffixes = lex.get("union_suffix") + lex.get("org_suffix") + lex.get("ent_suffix")
        self.union_before = re.compile(rf"(?:{alternation(lex.tagged('union_suffix', ''))})的?$")
        self.more = MoreProgrammes(lex, heads, self._particular)

    def find(self, text: str, is_award: re.Pattern[str]) -> list[Found]:
        """Programmes of one sentence (``is_award`` tells a quoted honour from a programme)."""
        out: list[Found] = []
        for m in _QUOTE.finditer(text):
            found = self._quoted(text, m, is_award)
            if found and not self._stopped(clean_name(found.text)):
                out.append(found)
        for m in self.unquoted.finditer(text) if self.hosted.open(text) else ():
            found = self._unquoted(m)
            if found and not any(f.start <= found.start < f.end for f in out):
                out.append(found)
        for found in self.more.find(text, out):
            if not any(f.start <= found.start < f.end and f.text == found.text for f in out):
                out.append(found)
        return out

    def _stopped(self, name: str) -> bool:
        return any(s in name for s in self.stop) or name.endswith(self.stop_end)

    # ---- quoted ---------------------------------------------------------
    def _quoted(self, text: str, m: re.Match[str], is_award: re.Pattern[str]) -> Found | None:
        inner = m.group(1)
        if inner.endswith(self.body_suffixes) or _COUNT_CORE.match(inner):
            return None
        listed = _LIST.match(text, m.end())
        if listed and listed.end() > m.end():
            return self._list_member(text, m, listed.end(), is_award)
        tail = self.tail.match(text, m.end())
        if tail and _TAIL_COUNT.match(tail.group()):
            tail = None
        if tail is None and any(a.end() == len(inner) for a in is_award.finditer(inner)):
            return None
        start = self._prefix(text, m.start())
        hosted = bool(self.host_before.search(text[max(0, start - 6) : start]))
        if tail is None and hosted:
            tail = self.list_end.match(text, m.end())  # 举办“Y”就业帮扶专场招聘会: a list head, named and hosted
            tail = None if tail is None or tail.group().endswith("工作") else tail  # “Y”…工作: the work, not a programme
        if tail and self._bare_tail(tail.group()) and not hosted:
            return None
        if tail:
            return Found("Programme", start, tail.end(), text[start : tail.end()], {"core": inner})
        nxt = text[m.end() : m.end() + 1]
        if self._after_union(text, m, inner):
            return Found("Programme", m.start(), m.end(), text[m.start() : m.end()], {"core": inner})
        named = self.head_end.search(inner) and not _ENUMERATION.search(inner)  # not “做一件事、完善一些阵地”
        named = named or (self.defined.match(text, m.end()) and len(inner) >= 4 and not _ENUMERATION.search(inner))
        if named or (hosted and (nxt == "" or nxt in "，,。、;；“和")):
            return Found("Programme", start, m.end(), text[start : m.end()], {"core": inner})
        return None

    def _bare_tail(self, tail: str) -> bool:
        """宣讲 / 主题宣讲活动: a bare head, with only generic words before it and 活动 after it
        (a themed lecture tour under a slogan, not a named programme)."""
        if tail.endswith(self.bare):
            return True
        stem = tail[: -len("活动")] if tail.endswith("活动") else ""
        head = next((b for b in self.bare if stem.endswith(b)), None)
        if head is None:
            return False
        rest = stem[: -len(head)]
        while rest:
            word = next((g for g in self.generic if rest.startswith(g)), None)
            if word is None:
                return False
            rest = rest[len(word) :]
        return True

    def _after_union(self, text: str, m: re.Match[str], inner: str) -> bool:
        """X总工会(的)“Y” / 共同建设的“Y”: a quoted name a union owns or a host built
        (not a slogan: no inner comma, at least four characters)."""
        before = text[max(0, m.start() - 8) : m.start()]
        owned = bool(self.union_before.search(before)) or (before.endswith("的") and bool(self.host_before.search(before)))
        return owned and len(inner) >= 4 and not re.search(r"[，,、：:]", inner)

    def _list_member(self, text: str, m: re.Match[str], after: int, is_award: re.Pattern[str]) -> Found | None:
        """“A”“B”等活动 / 等就业服务工作: each member named by its core, with the head as an alias."""
        head = self.head.match(text, after)
        inner = m.group(1)
        if head is not None and head.group() not in self.bare:
            return Found("Programme", m.start(), m.end(), text[m.start() : m.end()], {"core": inner, "aliases": inner + head.group()})
        end = self.list_end.match(text, after)
        honour = any(a.end() == len(inner) for a in is_award.finditer(inner))
        if end is None or honour or len(inner) < 4 or re.search(r"[，,]", inner) or not self._list_hosted(text, m.start()):
            return None
        return Found("Programme", m.start(), m.end(), text[m.start() : m.end()], {"core": inner})

    def _list_hosted(self, text: str, qs: int) -> bool:
        """A host verb before the list in its clause (quoted names, places and years may stand between)."""
        before = _QUOTED_SPAN.sub("", text[max(0, qs - 60) : qs])
        clause = _CLAUSE.split(before)[-1]
        return bool(self.verbs_any.search(clause))

    def _prefix(self, text: str, qs: int) -> int:
        """A place (with its year) or the modifier between a host verb and the quote."""
        if self.host_before.search(text[max(0, qs - 6) : qs]):
            return qs
        places = gazetteer().by_name  # a whole region name right before the quote
        for size in range(min(6, qs), 1, -1):
            if text[qs - size : qs] in places:
                year = re.search(r"\d{4}年$", text[: qs - size])
                return qs - size - (len(year.group()) if year else 0)
        for size in range(1, min(10, qs) + 1):
            before = text[qs - size : qs]
            if not _PREFIX.match(before) or "的" in before or "等" in before or "以" in before or self.join.search(before):
                break
            if self.host_before.search(text[max(0, qs - size - 4) : qs - size]):
                return qs - size
        return qs

    # ---- unquoted -------------------------------------------------------
    def _unquoted(self, m: re.Match[str]) -> Found | None:
        name, start = m.group(1), m.start(1)
        lead = self.verbs.match(name)
        while lead and lead.end() < len(name):
            name, start = name[lead.end() :], start + lead.end()
            lead = self.verbs.match(name)
        join = None
        for join in self.join.finditer(name):
            pass
        if join is not None:
            name, start = name[join.end() :], start + join.end()
        if _NOT_NAME.search(name) or not self._particular(name):
            return None
        return Found("Programme", start, start + len(name), name, {})

    def _particular(self, name: str) -> bool:
        if _COUNT.match(name) or "的" in name or "等" in name or self._stopped(name):
            return False
        head = self.head_end.search(name)
        if head is None or head.group() in self.bare:
            return False
        stem = name[: head.start()]
        changed = True
        while changed and stem:
            changed = False
            for word in self.generic:
                if stem.startswith(word):
                    stem, changed = stem[len(word) :], True
                    break
        return len(stem) >= 2 and not stem.endswith(("工作", "活动"))
