"""Recognise named persons from the context that introduces them.

A person name is a surname (``surnames.csv``, compound ones too) and one or
two more characters. It is taken only where the context marks a person:
right after an office title, a job, an honour or a person noun (主席 王颍,
驾驶员徐俊, any word ending on 员 or 司机: 机务维修员郑某, 获得者谷大伟); right before a speech or subject verb at the start
of a clause (方杏仁说, 李娟当选为副主席); in a list after a colon or an
election verb (名单: 张三、李四; 选举郭红梅、吕建设为副主席); at the start of a
list row (孟庆丰 沈阳…公司焊工; 方某(女,某族) 某公司…; 田　某 某公司…, spaced);
at the end of an author line; after a dismissal verb (免去孙某…职务: a person, never an office). The name's
length comes from the character sets of ``names.csv`` (see :mod:`extract.resources.names`).
Matching runs on the simplified fold of the sentence (:mod:`extract.text.fold`);
names are read from the original text.
"""

from __future__ import annotations

import re

from extract.resources.lexicon import Lexicon, alternation
from extract.resources.names import NameRules
from extract.text.fold import fold
from extract.text.spans import Found, leading_place

_CLAUSE_START = frozenset("，,。；;：:！!？?”“」（(、 \n")
_SEP = r"[、和及与]"
_LIST_END = r"(?=$|[\s(（，,。；;:：、]|等)"
_AFTER_DISMISSED = re.compile(r"同志|的|职务|[、，,。；;]|$")
_JOB = re.compile("员|司机")
_NOT_BEFORE_JOB = frozenset("委党会成人官动全议雇讯")
_CHAIN = re.compile(rf"{_SEP}([\u4e00-\u9fff]{{2,4}}?){_LIST_END[:-1]}|[和及与])")


class PersonFinder:
    """Finds person mentions introduced by a title, a job, an honour, a list or a verb."""

    def __init__(self, lex: Lexicon) -> None:
        self.rules = NameRules(lex)
        strong = lex.get("title") + lex.get("person_title")
        weak = lex.get("role") + lex.get("person_noun") + lex.get("award_core")
        self.after_strong = re.compile(rf"(?:{alternation(strong)})\s?(?=[\u4e00-\u9fff])")
        self.after_weak = re.compile(rf"(?:{alternation(weak)})\s?(?=[\u4e00-\u9fff])")
        verbs = lex.get("speech_verb") + lex.get("subject_verb")
        # every position a verb starts at (``(?=verbs)``), found as the verb's first character with the
        # verb checked behind it: a pattern opening on a character class lets re skip the other positions
        firsts = "".join(sorted({re.escape(v[0]) for v in verbs}))
        self.verb = re.compile(rf"[{firsts}](?<=(?={alternation(verbs)})[\s\S])")
        name = r"[\u4e00-\u9fff]{2,4}"
        # 名单: 张三、李四; 当选常委的是张三、李四 (a committee list without its colon)
        self.listed = re.compile(rf"(?:[:：]|的(?<=委的)[有是])\s*({name}(?:{_SEP}{name})*){_LIST_END}")
        self.elected = re.compile(rf"(?:{alternation(lex.get('elect_verb'))})({name}(?:{_SEP}{name})*)(?=为|担任|同志)")
        self.dismissed = re.compile(r"(?:免去|免除|撤销)(?=[\u4e00-\u9fff]{2})")
        self.row = re.compile(rf"^({name})(?=\s+\S|[(（][^)）]{{2,}}[)）](?:\s|$))")
        # 田　俊　某公司驾驶员: a two-character name spaced out to align a list's columns
        self.spaced_row = re.compile(r"^([\u4e00-\u9fff])[ \u3000]([\u4e00-\u9fff])(?=[ \u3000]+\S)")
        self.author = re.compile(r"(?:总工会|工会|公司|局|委员会)\s+([\u4e00-\u9fff]{2,3})$")

    def find(self, text: str, folded: str | None = None) -> list[Found]:
        """Person mentions of one sentence (``folded``: its :func:`~extract.text.fold.fold`, when known)."""
        folded = fold(text) if folded is None else folded
        out: dict[int, Found] = {}
        after_head = self.rules.after_head
        for pattern, strong in ((self.after_strong, True), (self.after_weak, False)):
            for m in pattern.finditer(folded):
                if size := after_head(folded, m.end(), strong):
                    self._add(out, text, m.end(), size, m.group().strip())
        if "员" in folded or "司机" in folded:
            for end, job in _jobs(folded):  # 机务维修员郑某: a job word of any kind before a name (not 通讯员: bylines)
                if size := after_head(folded, end, False):
                    self._add(out, text, end, size, job)
        for m in self.verb.finditer(folded):
            self._add(out, text, *self._before_verb(folded, m.start()), "")
        if ":" in folded or "：" in folded or "委的" in folded:
            for m in self.listed.finditer(folded):
                self._list(out, text, m.start(1), m.group(1))
        for m in self.elected.finditer(folded):  # (both patterns open on a literal: re skips ahead by itself)
            self._list(out, text, m.start(1), m.group(1))
        if "免" in folded or "撤销" in folded:
            for m in self.dismissed.finditer(folded):
                self._add(out, text, m.end(), self._dismissed_size(folded, m.end()), "dismissed")
        row = self.row.match(folded)
        if row and self.rules.is_name(row.group(1), strong=True):
            self._add(out, text, 0, len(row.group(1)), "")
        spaced = self.spaced_row.match(folded)
        if spaced and self.rules.is_name(spaced.group(1) + spaced.group(2), strong=True):
            self._add(out, text, 0, spaced.end(), "")
        # the author pattern ends on whitespace and a name of two or three characters
        n = len(folded)
        author = self.author.search(folded) if n >= 4 and (folded[n - 3].isspace() or folded[n - 4].isspace()) else None
        if author and self.rules.is_name(author.group(1), strong=True):
            self._add(out, text, author.start(1), len(author.group(1)), "")
        if not out:
            return []
        self._chains(out, text, folded)
        return sorted(out.values(), key=lambda f: f.start)

    @staticmethod
    def _add(out: dict[int, Found], text: str, start: int, size: int, head: str) -> None:
        if size and start not in out:
            out[start] = Found("Person", start, start + size, text[start : start + size], {"head": head})

    def _before_verb(self, folded: str, verb_at: int) -> tuple[int, int]:
        four = verb_at - 4
        if four >= 0 and (four == 0 or folded[four - 1] in _CLAUSE_START) and self.rules.composed(folded[four:verb_at]):
            return four, 4
        for size in (3, 2, 4):
            start = verb_at - size
            if start < 0 or not (start == 0 or folded[start - 1] in _CLAUSE_START):
                continue
            if self.rules.is_name(folded[start:verb_at], strong=True) and self.rules.fits(folded, start, size):
                return start, size
        return 0, 0

    def _dismissed_size(self, folded: str, start: int) -> int:
        """免去孙某某市总工会副主席职务: the name ends where a place, 同志, 的 or 职务 begins."""
        for size in (3, 2):
            rest = folded[start + size :]
            name = folded[start : start + size]
            if len(name) == size and self.rules.is_name(name, strong=True) and (_AFTER_DISMISSED.match(rest) or leading_place(rest)):
                return size
        return 0

    def _list(self, out: dict[int, Found], text: str, start: int, run: str) -> None:
        """A run of names separated by 、/和: every part must be a name."""
        parts = re.split(_SEP, run)
        if not all(self.rules.is_name(p, strong=True) for p in parts):
            return
        pos = start
        for part in parts:
            self._add(out, text, pos, len(part), "list")
            pos += len(part) + 1

    def _chains(self, out: dict[int, Found], text: str, folded: str) -> None:
        """张三、李四和王五: names joined to a found name by 、/和 (whole parts only), after it and before it."""
        for found in sorted(out.values(), key=lambda f: f.start):
            pos = found.end
            while True:
                m = _CHAIN.match(folded, pos)
                if not m or not self.rules.is_name(m.group(1), strong=False):
                    break
                self._add(out, text, m.start(1), len(m.group(1)), "list")
                pos = m.end(1)
        for found in sorted(out.values(), key=lambda f: -f.start):
            pos = found.start
            while pos > 0 and folded[pos - 1] in "、和及与":
                size = self._listed_before(folded, pos - 1)
                if not size:
                    break
                pos -= 1 + size
                self._add(out, text, pos, size, "list")

    def _listed_before(self, folded: str, sep: int) -> int:
        """杨某、吴某当选为…: the size of a whole name ending at the separator ``sep`` (a clause start or
        another separator before it), or 0."""
        for size in (3, 2):
            start = sep - size
            if start < 0 or not (start == 0 or folded[start - 1] in _CLAUSE_START):
                continue
            if self.rules.is_name(folded[start:sep], strong=True):
                return size
        return 0


def _cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def _jobs(folded: str) -> list[tuple[int, str]]:
    """``(?<=[\\u4e00-\\u9fff]{2})(?<!委|党|…)(?:员|司机)(?=[\\u4e00-\\u9fff])``: (end, word) of each match."""
    out: list[tuple[int, str]] = []
    n = len(folded)
    for m in _JOB.finditer(folded):
        start, end = m.span()
        if (
            start >= 2
            and end < n
            and _cjk(folded[start - 2])
            and _cjk(folded[start - 1])
            and folded[start - 1] not in _NOT_BEFORE_JOB
            and _cjk(folded[end])
        ):
            out.append((end, m.group()))
    return out
