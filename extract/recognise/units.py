"""A unit named right after its body: X公司郭屯煤矿, X局郓城供水处, X研究所质检部, X银行分行信用卡中心.

The body and the unit are one name, the fullest the text gives (SCHEMA
"Names"): the unit's own stem (two to eight name characters) and a unit word
from ``unit_suffix`` in the lexicon, attached to the body with nothing between.
The unit takes the body's label, except that a union's department (X总工会组织部)
is an Organisation, and the union stays a mention inside it. It is not read when the stem holds a function word or a
word from ``unit_stop`` (党, 干部 …), or a boundary word (verbs, prepositions: 将, 依托 …) and no
office follows the unit (组织基层部部长 is a unit, 将该工作室 is a clause), or when the unit word is a title's head
(部长, 处长, 站长).
"""

from __future__ import annotations

import re

from core.vocab import BODY_LABELS, Label
from extract.resources.lexicon import Lexicon, alternation
from extract.text.spans import Found, FoundProps

_MIN_STEM, _MAX_STEM = 2, 8


class UnitExtender:
    """Extends body mentions over the unit named right after them; built once from the lexicon."""

    def __init__(self, lex: Lexicon) -> None:
        units = alternation(lex.get("unit_suffix"))
        stop = "".join(lex.get("unit_stop_char"))
        self.unit = re.compile(f"([^{stop}\\W\\d]{{{_MIN_STEM},{_MAX_STEM}}}?)({units})(?!长)") if units else None
        self.stop_words = tuple(lex.get("unit_stop"))
        boundary = alternation(lex.get("boundary"))
        self.boundary = re.compile(boundary) if boundary else None
        titles = alternation(lex.get("title") + lex.get("role"))
        self.title = re.compile(titles) if titles else None

    def extend(self, text: str, mentions: list[Found]) -> list[Found]:
        """The sentence's ``mentions``, each body extended over the unit named right after it (never into
        another mention)."""
        if self.unit is None or not mentions:
            return mentions
        starts = sorted(m.start for m in mentions)
        out: list[Found] = []
        for m in mentions:
            unit = self._extended(text, m, next((s for s in starts if s >= m.end), len(text)))
            out.append(unit)
            if unit is not m and m.label == "Union":
                out.append(m)  # the union stays named inside its department's name
        return out

    def _extended(self, text: str, body: Found, limit: int) -> Found:
        if body.label not in BODY_LABELS or self.unit is None:
            return body
        m = self.unit.match(text, body.end, limit)
        if m is None or not _is_cjk(m.group(1)) or any(w in m.group(1) + m.group(2) for w in self.stop_words):
            return body
        if self.boundary is not None and self.boundary.search(m.group(1)) and not self._titled(text, m.end()):
            return body  # a clause, not a name (某总工会将该工作室), unless an office follows (某总工会组织基层部部长)
        label: Label = "Organisation" if body.label == "Union" else body.label
        props = FoundProps(suffix=m.group(2))
        if body.props.get("generic"):
            props["generic"] = True
        if "name" in body.props:
            props["name"] = body.props["name"] + text[body.end : m.end()]
        return Found(label, body.start, m.end(), text[body.start : m.end()], props)

    def _titled(self, text: str, at: int) -> bool:
        return self.title is not None and self.title.match(text, at) is not None


def _is_cjk(stem: str) -> bool:
    return all("\u4e00" <= c <= "\u9fff" for c in stem)
