"""Programme names the host-verb rules miss, read from the sentence's structure.

- a title right after a year (全县2023年集体协商春季集中要约行动暨… → 集体协商
  春季集中要约行动): a dated title is a particular one;
- a title listed with 、 right after a programme already found (开展“夏季三送”、
  安全生产知识竞赛、…): list members share their first member's host verb;
- a plan or project named inside a longer name (X县职工素质工程教育培训基地 →
  X县职工素质工程 too);
- a title standing as the subject of 在…举行/开幕 or inside 在…中获奖.
Every candidate passes the same particularity test as the unquoted titles
(``particular``: not generic, no count, no 的/等, no policy or platform word).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.resources.lexicon import Gate, Lexicon, alternation
from extract.text.spans import Found

_CHARS = r"[\u4e00-\u9fffA-Za-z0-9·]"
_AFTER = r"(?=[^\u4e00-\u9fffA-Za-z0-9·]|暨|等|和|$)"
_INNER_NOTES = ("project", "plan")
_ITEM_STEM = 5  # a listed title unquoted and without its own verb needs a longer stem


class MoreProgrammes:
    """Structural programme rules beyond quotes and host verbs."""

    def __init__(self, lex: Lexicon, heads: tuple[str, ...], particular: Callable[[str], bool]) -> None:
        alt = alternation(heads)
        self.particular = particular
        self.dated = re.compile(rf"\d{{4}}年度?({_CHARS}{{4,18}}?(?:{alt})){_AFTER}")
        self.item = re.compile(rf"、({_CHARS}{{3,18}}?(?:{alt})){_AFTER}")
        inner = alternation(lex.tagged("prog_head", *_INNER_NOTES))
        self.inner = re.compile(rf"(?:{inner})(?={_CHARS}{{2}})")
        held_verbs = ("举行", "举办", "开幕", "启动", "开赛", "闭幕", "落幕")
        held = rf"(?:日前|近日|昨日|今日)?在[^，,。；;“”]{{1,12}}?(?:{'|'.join(held_verbs)})"
        self.held = Gate(held_verbs)  # ``subject`` needs one of them
        self.subject = re.compile(rf"(?:^|[，,。；;])({_CHARS}{{4,24}}?(?:{alt})){held}")
        self.within = re.compile(rf"在({_CHARS}{{4,24}}?(?:{alt}))中(?:获奖|获得|荣获|夺得|摘得)")
        self.verbs = re.compile(alternation(lex.get("host_verb")))
        self.head_end = re.compile(rf"(?:{alt})$")

    def find(self, text: str, found: list[Found]) -> list[Found]:
        """Programmes of one sentence that ``found`` (the quoted and host-verb ones) lacks."""
        out = [f for f in self._dated(text) + self._subject(text) if not self.verbs.match(f.text)]
        out += self._inner(text, found)
        out += self._items(text, found + out)
        return out

    def _spans(self, pattern: re.Pattern[str], text: str) -> list[Found]:
        return [Found("Programme", m.start(1), m.end(1), m.group(1), {}) for m in pattern.finditer(text) if self.particular(m.group(1))]

    def _dated(self, text: str) -> list[Found]:
        return self._spans(self.dated, text) if "年" in text else []

    def _subject(self, text: str) -> list[Found]:
        """Its host, if any, is named elsewhere (由…主办), never the sentence's body."""
        if "在" not in text:
            return []  # both patterns hold 在
        out = self._spans(self.subject, text) if self.held.open(text) else []
        if "中" in text:  # ``within`` holds 在…中
            out += self._spans(self.within, text)
        for f in out:
            f.props["host"] = "elsewhere"
        return out

    def _inner(self, text: str, found: list[Found]) -> list[Found]:
        """X县职工素质工程教育培训基地: the plan or project the longer name starts with."""
        out: list[Found] = []
        for f in found:
            start = f.start + (1 if text[f.start : f.start + 1] == "“" else 0)
            for m in self.inner.finditer(text, start, f.end):
                name = text[start : m.end()]
                if self.particular(name):
                    out.append(Found("Programme", start, m.end(), name, {}))
        return out

    def _items(self, text: str, found: list[Found]) -> list[Found]:
        """开展“A”、B竞赛、C: members listed with 、 right after a programme found."""
        out: list[Found] = []
        if "、" not in text or not found:
            return out  # a listed member follows a programme found and a 、
        ends = {f.end for f in found}
        for m in self.item.finditer(text):
            name = m.group(1)
            head = self.head_end.search(name)
            specific = head is not None and head.start() >= _ITEM_STEM
            if m.start() in ends and specific and self.particular(name) and not self.verbs.match(name):
                out.append(Found("Programme", m.start(1), m.end(1), m.group(1), {}))
                ends.add(m.end(1))
        return out
