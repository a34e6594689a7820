"""PARTNERED_WITH from agreements and pairings (SCHEMA: signed, 结对, 结盟, 共建, 合作).

In one clause, the body that is its subject and the bodies joined to it by
与/和/同/携手/、/以及 partner: the subject with each body after 与/同/携手/联合/联手/联动 (A与B、C结对; A联合B…, where the
joint verb is itself the cue),
each with each in an enumeration of equals (A、B、C和D签署…: six pairs), when the clause then pairs them (``pair_cue``:
结对, 共建, 结盟, 合作; 结为…对子), has them act jointly (``partner_cue``: 共同,
联合, 携手) or has them sign something (``agree_verb``).
A signed 《title》, “…”协议 or …协议/框架协议/备忘录 is the partnership's
``agreement``, read from the page's own characters with 《》 removed.
A body introduced by 与/和 (指导企业与X开展合作) is no subject.
"""

from __future__ import annotations

import re

from extract.relate.base import Rel, RelProps
from extract.resources.lexicon import Lexicon, alternation
from extract.text.spans import Found

_CLAUSE = re.compile(r"[^，,。；;！？!?：:]+")
_LINK = re.compile(r"^(?:[将还也并又再]|积极|主动){0,2}(?:与|和|同|携手|、|及|以及|联合|会同|联手|联动)$")
_WITH = re.compile(r"与|同|携手|联合|会同|联手|联动")  # the subject acts with the bodies after it
# A联合B / A携手B / A积极联动B、C: a verb of joint action between the subject and the next body is
# itself the partnership, whatever the clause goes on to do
_JOINT = re.compile(r"携手|联合|会同|联手|联动")
_INTRODUCED = re.compile(r"(?:与|和|同|跟|及|指导|帮助|组织)$")


class PartnerFinder:
    """Clause rules for PARTNERED_WITH with the agreement's title."""

    def __init__(self, lex: Lexicon) -> None:
        agree = alternation(lex.get("agree_verb"))
        cues = lex.get("pair_cue") + lex.get("partner_cue")
        self.cue = re.compile(rf"{alternation(cues)}|结为[^，,。；;]{{0,6}}对子|{agree}")
        title = r"[\u4e00-\u9fffA-Za-z0-9·“”]{2,30}?(?:协议书|协议|备忘录)"
        self.title = re.compile(rf"(?:{agree})了?(?:《([^》]{{2,40}})》|({title}))")

    def find(self, text: str, folded: str, ms: list[Found], bodies: list[int]) -> list[Rel]:
        """Partnerships of one sentence (``text`` as written, ``folded`` to simplified; same offsets;
        ``bodies``: its :func:`~extract.relate.base.outer_bodies`)."""
        out: list[Rel] = []
        if len(bodies) < 2:
            return out  # a partnership joins two bodies of the clause
        for clause in _CLAUSE.finditer(folded):
            inside = [i for i in bodies if clause.start() <= ms[i].start and ms[i].end <= clause.end()]
            group = self._group(folded, ms, inside, clause.start())
            cued = len(group) > 1 and (
                self.cue.search(folded, ms[group[-1]].end, clause.end()) is not None
                or _JOINT.search(folded, ms[group[0]].end, ms[group[1]].start) is not None
            )
            if not cued or self._one_side(folded, ms, group):
                continue
            title = self.title.search(folded, ms[group[-1]].end, clause.end())
            props = RelProps(agreement=self._title(text, title)) if title else RelProps()
            out += [Rel("PARTNERED_WITH", a, b, RelProps(**props)) for a, b in self._pairs(folded, ms, group)]
        return out

    @staticmethod
    def _one_side(text: str, ms: list[Found], group: list[int]) -> bool:
        """A和B与8家企业签订…: listed equals facing an unnamed party are one side, not partners of each other."""
        equals = not _WITH.search(text[ms[group[0]].end : ms[group[1]].start])
        return equals and text[ms[group[-1]].end : ms[group[-1]].end + 1] in ("与", "同")

    @staticmethod
    def _pairs(text: str, ms: list[Found], group: list[int]) -> list[tuple[int, int]]:
        """A与B、C: the subject with each of the others; A、B和C: an enumeration of equals, each with each."""
        if _WITH.search(text[ms[group[0]].end : ms[group[1]].start]):
            return [(group[0], other) for other in group[1:]]
        return [(a, b) for k, a in enumerate(group) for b in group[k + 1 :]]

    @staticmethod
    def _group(text: str, ms: list[Found], inside: list[int], start: int) -> list[int]:
        """The clause's subject body and the bodies linked to it, in text order."""
        if not inside or _INTRODUCED.search(text[start : ms[inside[0]].start]):
            return []
        group = [inside[0]]
        for i in inside[1:]:
            if not _LINK.match(text[ms[group[-1]].end : ms[i].start]):
                break
            group.append(i)
        return group

    @staticmethod
    def _title(text: str, m: re.Match[str]) -> str:
        g = 1 if m.group(1) else 2
        return text[m.start(g) : m.end(g)]
