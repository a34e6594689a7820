"""Relations a single sentence states between its mentions.

Ends are indexes into the sentence's mention list. ``source=None`` on HOSTED
means "the article's subject union" (a sentence with no explicit host);
``target=None`` means "the programme the article named last" (本次大赛由…承办).
"""

from __future__ import annotations

from extract.relate.base import BODIES, Rel, outer_bodies
from extract.relate.hosting import HostFinder
from extract.relate.offices import OfficeFinder
from extract.relate.partners import PartnerFinder
from extract.relate.received import AwardRecipients
from extract.resources.lexicon import Lexicon
from extract.text.fold import fold
from extract.text.spans import Found

__all__ = ["BODIES", "Rel", "RelationFinder"]


class RelationFinder:
    """Sentence-level relation rules driven by the lexicon's verbs and cues."""

    def __init__(self, lex: Lexicon) -> None:
        self.offices = OfficeFinder(lex)
        self.awards = AwardRecipients(lex)
        self.hosts = HostFinder(lex)
        self.partners = PartnerFinder(lex)

    def find(self, text: str, mentions: list[Found], folded: str | None = None) -> list[Rel]:
        """Every relation candidate of one sentence (matched on the simplified fold of the text;
        ``folded``: that fold, when the caller has it)."""
        if not mentions:
            return []
        written, text = text, fold(text) if folded is None else folded
        bodies = outer_bodies(mentions)  # shared by the rules
        out: list[Rel] = []
        out += self.offices.find(text, mentions, bodies)
        out += self.awards.find(text, mentions, bodies)
        out += self.hosts.find(text, mentions, bodies)
        out += self.partners.find(written, text, mentions, bodies)
        return out
