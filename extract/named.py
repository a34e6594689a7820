"""Recognise programmes and awards.

Awards end on an honour core (劳动奖章, 工匠, 先锋号 …) and carry the level,
place and qualifiers written before it; a list of levels shares one core
(全国、省、市五一劳动奖章 → three awards). Programmes are quoted or branded
names, with the programme head that follows the quote (“才聚梁溪”职业技能大赛),
or an unquoted name ending on a programme head right after a host verb
(实施职工素质提升工程).
"""

from __future__ import annotations

import re

from extract.lexicon import Lexicon
from extract.text import Found, clean_name, leading_place

_QUOTE = re.compile(r"“([^“”]{1,40})”")
_LIST_TAIL = re.compile(r"^(?:“[^“”]{1,40}”)*等(?:系列)?(?:活动|行动|品牌)")
_AWARD_AFTER_BLOCK = frozenset("精工人先数学队创服事风代进宣培选之")
_LEVEL = re.compile(r"(?:全国|省级|市级|县级|区级|兵团级|自治区|省|市|县|区)$")
_YEAR = re.compile(r"\d{4}年度?$")


def _alt(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


class NamedFinder:
    """Finds Award and Programme mentions in one sentence."""

    def __init__(self, lex: Lexicon) -> None:
        self.cores = re.compile(f"(?:{_alt(lex.get('award_core'))})")
        self.weak = frozenset(w for w in lex.get("award_core") if lex.note("award_core", w).startswith(("worker", "person", "home", "craftsman", "model")))
        self.quals = lex.get("award_qual")
        heads = _alt(lex.get("prog_head"))
        self.tail = re.compile(rf"[\u4e00-\u9fffA-Za-z0-9·]{{0,14}}?(?:{heads})")
        self.head_end = re.compile(rf"(?:{heads})$")
        verbs = _alt(lex.get("host_verb"))
        self.unquoted = re.compile(rf"(?:{verbs})(?:了|好)?([\u4e00-\u9fffA-Za-z0-9]{{3,18}}?(?:{heads}))(?=[^\u4e00-\u9fffA-Za-z0-9]|等|和|暨|$)")
        self.host_before = re.compile(rf"(?:{verbs})(?:了|好|年度)?$")
        self.generic = tuple(sorted(lex.get("generic") + ("主题", "劳动", "技能", "专题", "各类", "系列", "相关", "多次", "一系列", "专项", "集中", "宣传", "线上", "线下", "各项", "多种", "形式", "群众性"), key=len, reverse=True))
        self.body_suffixes = lex.get("union_suffix") + lex.get("org_suffix") + lex.get("ent_suffix")

    def find(self, text: str) -> list[Found]:
        """Awards and programmes of one sentence."""
        return self._awards(text) + self._programmes(text)

    # ---- awards -------------------------------------------------------
    def _awards(self, text: str) -> list[Found]:
        out: list[Found] = []
        for m in self.cores.finditer(text):
            out += self._award_at(text, m.start(), m.end())
        return _dedupe(out)

    def _award_at(self, text: str, cs: int, ce: int) -> list[Found]:
        quoted = _enclosing_quote(text, cs, ce)
        if quoted is not None and quoted[1] == ce:
            qs, qe = quoted
            return [Found("Award", qs - 1, qe + 1, text[qs:qe], {"quoted": "1"})]
        if text[ce : ce + 1] in _AWARD_AFTER_BLOCK:
            return []
        start = self._award_prefix(text, cs)
        if start == cs and text[cs:ce] in self.weak and not re.search(r"\d+名$", text[:cs]):
            return []
        levels = self._coordinated_levels(text, start)
        names = [lv + text[cs:ce] for lv in levels] + [text[start:ce]]
        return [Found("Award", start, ce, n) for n in names]

    def _award_prefix(self, text: str, cs: int) -> int:
        start = cs
        while start > 0:
            before = text[max(0, start - 8) : start]
            step = self._prefix_step(before)
            if not step:
                return start
            start -= step
        return start

    def _prefix_step(self, before: str) -> int:
        for q in self.quals:
            if before.endswith(q):
                return len(q)
        year = _YEAR.search(before)
        if year:
            return len(year.group())
        for size in range(min(6, len(before)), 1, -1):
            if leading_place(before[-size:]) and leading_place(before[-size:])[0] == before[-size:]:  # type: ignore[index]
                return size
        return 0

    def _coordinated_levels(self, text: str, start: int) -> list[str]:
        """全国、省、市五一劳动奖章: the levels listed before the last one."""
        out: list[str] = []
        pos = start
        while pos > 0 and text[pos - 1] == "、":
            level = _LEVEL.search(text[max(0, pos - 4) : pos - 1])
            if not level:
                break
            out.insert(0, level.group())
            pos = pos - 1 - len(level.group())
        return out

    # ---- programmes ---------------------------------------------------
    def _programmes(self, text: str) -> list[Found]:
        out: list[Found] = []
        for m in _QUOTE.finditer(text):
            found = self._quoted(text, m)
            if found:
                out.append(found)
        for m in self.unquoted.finditer(text):
            if not any(f.start <= m.start(1) < f.end for f in out) and self._particular(m.group(1)):
                out.append(Found("Programme", m.start(1), m.end(1), m.group(1), {}))
        return out

    def _quoted(self, text: str, m: re.Match[str]) -> Found | None:
        inner = m.group(1)
        if inner.endswith(self.body_suffixes):
            return None
        tail = self.tail.match(text, m.end())
        start = self._programme_prefix(text, m.start())
        if tail is None and self._is_award(inner):
            return None
        if tail:
            return Found("Programme", start, tail.end(), text[start : tail.end()], {"core": inner})
        if self.head_end.search(inner) or self._listed_or_hosted(text, m):
            return Found("Programme", start, m.end(), text[start : m.end()], {"core": inner})
        return None

    def _is_award(self, inner: str) -> bool:
        return any(m.end() == len(inner) for m in self.cores.finditer(inner))

    def _programme_prefix(self, text: str, qs: int) -> int:
        for size in range(min(6, qs), 1, -1):
            hit = leading_place(text[qs - size : qs])
            if hit and hit[0] == text[qs - size : qs]:
                year = re.search(r"\d{4}年$", text[: qs - size])
                return qs - size - (len(year.group()) if year else 0)
        return qs

    def _listed_or_hosted(self, text: str, m: re.Match[str]) -> bool:
        after = text[m.end() : m.end() + 200]
        if _LIST_TAIL.match(after):
            return True
        nxt = text[m.end() : m.end() + 1]
        return bool(self.host_before.search(text[max(0, m.start() - 6) : m.start()])) and (nxt == "" or nxt in "，,。、;；“和")

    def _particular(self, name: str) -> bool:
        stem = self.head_end.sub("", name)
        changed = True
        while changed and stem:
            changed = False
            for word in self.generic:
                if stem.startswith(word):
                    stem, changed = stem[len(word) :], True
                    break
        return len(stem) >= 2 and "的" not in name and not stem.endswith(("工作", "活动"))


def _enclosing_quote(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The (content start, content end) of the “…” around ``text[start:end]``."""
    open_at = text.rfind("“", 0, start + 1)
    close_at = text.find("”", end - 1)
    if open_at < 0 or close_at < 0 or "”" in text[open_at + 1 : start]:
        return None
    return open_at + 1, close_at


def _dedupe(found: list[Found]) -> list[Found]:
    seen: set[str] = set()
    out = []
    for f in found:
        if clean_name(f.text) not in seen:
            seen.add(clean_name(f.text))
            out.append(f)
    return out


def programme_aliases(found: Found) -> list[str]:
    """Other names a programme mention supports (its quoted core)."""
    core = found.props.get("core")
    return [clean_name(core)] if core and clean_name(core) != clean_name(found.text) else []
