"""Relations a single sentence states between its mentions.

Ends are indexes into the sentence's mention list. ``source=None`` on HOSTED
means "the article's subject union" (a sentence with no explicit host);
``target=None`` means "the programme the article named last" (本次大赛由…承办).
"""

from __future__ import annotations

import re

from extract.fold import fold
from extract.hosting import HostFinder
from extract.lexicon import Lexicon
from extract.offices import OfficeFinder
from extract.received import AwardRecipients
from extract.relate_base import BODIES, Rel
from extract.text import Found

__all__ = ["BODIES", "Rel", "RelationFinder"]
_AGREEMENT = re.compile(r"(?:签订|签署)了?《([^》]{2,40})》|(?:签订|签署)了?([\u4e00-\u9fff]{2,12}协议(?:书)?)")


class RelationFinder:
    """Sentence-level relation rules driven by the lexicon's verbs and cues."""

    def __init__(self, lex: Lexicon) -> None:
        self.offices = OfficeFinder(lex)
        self.awards = AwardRecipients(lex)
        self.hosts = HostFinder(lex)

    def find(self, text: str, mentions: list[Found]) -> list[Rel]:
        """Every relation candidate of one sentence (matched on the simplified fold of the text)."""
        text = fold(text)
        out: list[Rel] = []
        out += self.offices.find(text, mentions)
        out += self.awards.find(text, mentions)
        out += self.hosts.find(text, mentions)
        out += self._agreements(text, mentions)
        return out

    def _agreements(self, text: str, ms: list[Found]) -> list[Rel]:
        m = _AGREEMENT.search(text)
        if not m:
            return []
        title = m.group(1) or m.group(2)
        bodies = [i for i, b in enumerate(ms) if b.label in BODIES and b.end <= m.start()]
        if len(bodies) < 2:
            return []
        first = bodies[0]
        return [Rel("PARTNERED_WITH", first, other, {"agreement": title}) for other in bodies[1:]]
