"""Relations a single sentence states between its mentions.

Ends are indexes into the sentence's mention list. ``source=None`` on HOSTED
means "the article's subject union" (a sentence with no explicit host);
``target=None`` means "the programme the article named last" (本次大赛由…承办).
"""

from __future__ import annotations

import re

from extract.lexicon import Lexicon
from extract.offices import OfficeFinder
from extract.received import AwardRecipients, coordinated as _coordinated
from extract.relate_base import BODIES, Rel
from extract.text import Found

__all__ = ["BODIES", "Rel", "RelationFinder"]
_VENUE = re.compile(r"(?:在|于|到|赴|向|与|和|同|及|、|为)$")
_AGREEMENT = re.compile(r"(?:签订|签署)了?《([^》]{2,40})》|(?:签订|签署)了?([\u4e00-\u9fff]{2,12}协议(?:书)?)")
_ANAPHOR = re.compile(r"(?:本次|此次|这次|该)(?:大赛|竞赛|活动|比赛|项目)")


class RelationFinder:
    """Sentence-level relation rules driven by the lexicon's verbs and cues."""

    def __init__(self, lex: Lexicon) -> None:
        self.offices = OfficeFinder(lex)
        self.awards = AwardRecipients(lex)
        self.host_verbs = {v: lex.note("host_verb", v) for v in lex.get("host_verb")}
        self.joint = lex.get("partner_cue")

    def find(self, text: str, mentions: list[Found]) -> list[Rel]:
        """Every relation candidate of one sentence."""
        out: list[Rel] = []
        out += self.offices.find(text, mentions)
        out += self.awards.find(text, mentions)
        out += self._hosting(text, mentions)
        out += self._agreements(text, mentions)
        return out

    # ---- HOSTED / PARTNERED_WITH ---------------------------------------
    def _hosting(self, text: str, ms: list[Found]) -> list[Rel]:
        out: list[Rel] = []
        programmes = [i for i, m in enumerate(ms) if m.label == "Programme"]
        for gi in programmes:
            out += self._hosts_of(text, ms, gi, ms[gi].start)
        if not programmes and _ANAPHOR.search(text):
            out += self._hosts_of(text, ms, None, len(text))
        return out

    def _hosts_of(self, text: str, ms: list[Found], gi: int | None, at: int) -> list[Rel]:
        explicit = self._role_hosts(text, ms, gi)
        if explicit:
            return explicit
        bodies = [i for i, m in enumerate(ms) if m.label in BODIES and m.end <= at and not _VENUE.search(text[: m.start])]
        if not bodies:
            return [Rel("HOSTED", None, gi)] if gi is not None else []
        hosts = _coordinated(text, ms, bodies)
        joint = any(c in text[ms[hosts[-1]].start : at] for c in self.joint)
        partners = [i for i, m in enumerate(ms) if m.label in BODIES and m.end <= at and i not in hosts and joint]
        everyone = hosts + partners
        out = [Rel("HOSTED", h, gi, {"role": "co-host"} if joint and len(everyone) > 1 else {}) for h in everyone]
        out += [Rel("PARTNERED_WITH", a, b) for k, a in enumerate(everyone) for b in everyone[k + 1 :]] if joint else []
        return out

    def _role_hosts(self, text: str, ms: list[Found], gi: int | None) -> list[Rel]:
        """由X主办/Y承办: hosts named right before 主办 / 承办 / 联合主办."""
        out: list[Rel] = []
        for m in re.finditer(r"(?:联合|共同)?(主办|承办|协办)", text):
            role = {"主办": "host", "承办": "undertaker", "协办": "co-host"}[m.group(1)]
            bodies = [i for i, b in enumerate(ms) if b.label in BODIES and b.end <= m.start() and text[b.end : m.start()].strip() in ("", "联合", "共同")]
            if not bodies:
                continue
            hosts = _coordinated(text, ms, [i for i, b in enumerate(ms) if b.label in BODIES and b.end <= m.start() and i <= bodies[-1]])
            joint = m.group().startswith(("联合", "共同")) and len(hosts) > 1
            out += [Rel("HOSTED", h, gi, {"role": "co-host" if joint else role}) for h in hosts]
            out += [Rel("PARTNERED_WITH", a, b) for k, a in enumerate(hosts) for b in hosts[k + 1 :]] if joint else []
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
