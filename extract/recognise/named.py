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

from extract.recognise.programmes import ProgrammeFinder
from extract.resources.lexicon import Lexicon, alternation
from extract.text.spans import Found, clean_name, is_place_name

_AWARD_AFTER_BLOCK = frozenset("精工人先数学队创服事风代进宣培选之杯")  # 工匠杯: a cup, not the honour
_LEVEL = re.compile(r"(?:全国|省级|市级|县级|区级|兵团级|自治区|省|市|县|区)$")
_YEAR = re.compile(r"\d{4}年度?$")


class NamedFinder:
    """Finds Award and Programme mentions in one sentence."""

    def __init__(self, lex: Lexicon) -> None:
        self.cores = re.compile(f"(?:{alternation(lex.get('award_core'))})")
        self.weak = frozenset(w for w in lex.tagged("award_core", "personal"))
        self.quals = lex.get("award_qual")
        # 最美快递员, 十佳驾驶员: a selection qualifier right before a job is an honour
        self.honour_jobs = re.compile(rf"(?:最美|十佳|十大)(?:{alternation(lex.get('role'))})(?=[^\u4e00-\u9fff]|称号|荣誉|等|和|$)")
        self.programmes = ProgrammeFinder(lex)

    def find(self, text: str) -> list[Found]:
        """Awards and programmes of one sentence; a quoted honour naming a programme (“X工匠”培育工程) is not an award mention."""
        programmes = self.programmes.find(text, self.cores)
        awards = [
            a
            for a in self._awards(text)
            if not any(p.start <= a.start and a.end <= p.end and _named_by_quote(text, p, a) for p in programmes)
        ]
        return awards + programmes

    # ---- awards -------------------------------------------------------
    def _awards(self, text: str) -> list[Found]:
        out: list[Found] = []
        for m in self.cores.finditer(text):
            out += self._award_at(text, m.start(), m.end())
        for m in self.honour_jobs.finditer(text):
            start = self._award_prefix(text, m.start())
            out.append(Found("Award", start, m.end(), text[start : m.end()]))
        return _dedupe(out)

    def _award_at(self, text: str, cs: int, ce: int) -> list[Found]:
        quoted = _enclosing_quote(text, cs, ce)
        if quoted is not None and quoted[1] == ce:
            qs, qe = quoted
            return [Found("Award", qs - 1, qe + 1, text[qs:qe], {"quoted": True})]
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
            if is_place_name(before[-size:]):
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


def _enclosing_quote(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The (content start, content end) of the “…” around ``text[start:end]``."""
    open_at = text.rfind("“", 0, start + 1)
    close_at = text.find("”", end - 1)
    if open_at < 0 or close_at < 0 or "”" in text[open_at + 1 : start]:
        return None
    return open_at + 1, close_at


def _named_by_quote(text: str, programme: Found, award: Found) -> bool:
    """A quoted honour naming a programme (“X工匠”培育工程), or an honour core in the head after a
    programme's quoted name (“X”劳模创新工作室: the studio is named, the honour is not conferred)."""
    return bool(award.props.get("quoted")) or "”" in text[programme.start : award.start]


def _dedupe(found: list[Found]) -> list[Found]:
    """One mention a name and place (the same honour named twice in a sentence is two mentions:
    评选“X”…被评为“X”: the second one is the one conferred)."""
    seen: set[tuple[str, int]] = set()
    out = []
    for f in found:
        key = (clean_name(f.text), f.start)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out
