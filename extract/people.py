"""Recognise named persons from the context that introduces them.

A person name is a surname (``surnames.csv``) and one or two more characters.
It is taken only where the context marks a person: right after an office
title or a job (主席 王颍, 驾驶员徐俊), after an honour (全国劳动模范董青),
after a person noun (姑娘王建梅), at the end of an author line (沛县总工会
张秀军), or right before a speech verb at the start of a clause (方杏仁说).
The name's length (2 or 3) is the one whose next characters end the name.
Further mentions of the same name in the article are found by the pipeline.
"""

from __future__ import annotations

import re

from extract.lexicon import Lexicon
from extract.text import Found

_NAME_END = re.compile(r"(?:\s|[，,。；;:：、！!？?”）)(（]|$|等|在|作|为|也|还|就|已|被|对|从|带|一|说|表示|介绍|告诉|指出|提出|强调|出席|认为|透露|谈到|动情|光荣)")
_CLAUSE_START = frozenset("，,。；;：:！!？?”“」（(、 \n")


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in words)


class PersonFinder:
    """Finds person mentions introduced by a title, a job, an honour or a speech verb."""

    def __init__(self, lex: Lexicon) -> None:
        self.surnames = lex.surnames
        self.double = lex.double_surnames
        heads = lex.get("title") + lex.get("role") + lex.get("award_core") + lex.get("person_noun")
        self.after_head = re.compile(rf"(?:{_alternation(tuple(sorted(heads, key=len, reverse=True)))})\s?(?=[\u4e00-\u9fff])")
        self.speech = re.compile(rf"(?={_alternation(lex.get('speech_verb'))})")
        self.author = re.compile(r"(?:总工会|工会|公司|局|委员会)\s+([\u4e00-\u9fff]{2,3})$")
        self.titles = frozenset(lex.get("title"))

    def find(self, text: str) -> list[Found]:
        """Person mentions of one sentence."""
        out: dict[tuple[int, int], Found] = {}
        for m in self.after_head.finditer(text):
            name = self._name_at(text, m.end())
            if name:
                out[(m.end(), m.end() + len(name))] = Found("Person", m.end(), m.end() + len(name), name, {"head": m.group().strip()})
        for m in self.speech.finditer(text):
            self._before_verb(text, m.start(), out)
        author = self.author.search(text)
        if author and self._is_name(author.group(1)):
            out[(author.start(1), author.end(1))] = Found("Person", author.start(1), author.end(1), author.group(1))
        return sorted(out.values(), key=lambda f: f.start)

    def _is_name(self, name: str) -> bool:
        if len(name) < 2 or len(name) > 4 or not all("\u4e00" <= c <= "\u9fff" for c in name):
            return False
        return name[0] in self.surnames or (len(name) > 2 and name[:2] in self.double)

    def _name_at(self, text: str, start: int) -> str | None:
        """The name starting at ``start`` whose following text ends a name (3 chars tried first)."""
        for size in (3, 2):
            name = text[start : start + size]
            if self._is_name(name) and _NAME_END.match(text, start + size) and not self._title_inside(name):
                return name
        return None

    def _title_inside(self, name: str) -> bool:
        return any(t in name for t in self.titles) or name[-1] in "说讲表称"

    def _before_verb(self, text: str, verb_at: int, out: dict[tuple[int, int], Found]) -> None:
        for size in (3, 2):
            start = verb_at - size
            name = text[start:verb_at]
            if start < 0 or not self._is_name(name) or self._title_inside(name):
                continue
            if start == 0 or text[start - 1] in _CLAUSE_START:
                out.setdefault((start, verb_at), Found("Person", start, verb_at, name, {"head": ""}))
                return
