"""双方/三方/四方…共同建设X: the parties are the bodies of the article's last partnership.

An agreement sentence names its signatories (A、B、C和D签署…协议); the next sentence
often says only 四方将共同建设“X” — the programme's hosts are the bodies of that
partnership, each a co-host. The party count must match the partnership's size;
a later sentence must name no body of its own, and in the agreement's own sentence
(…签署协议,四方将共同建设X) the parties must all stand before 四方.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extract.relate.base import BODIES, Rel
from extract.resolve import SentenceRecord

_PARTIES = re.compile(r"(双|两|三|四|五|六|七|八)方(?:将|还将|还|也将)?(?:共同|联合|携手|合力)")
_COUNT = {"双": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8}


def add_joint_parties(records: list[SentenceRecord]) -> None:
    """Give a 四方共同…X sentence's programmes to the bodies of the article's last partnership."""
    parties: dict[int, list[int]] = {}
    for k, r in enumerate(records):
        m = _PARTIES.search(r.sentence.text)
        group = _partnership(r)
        if m and group and all(x is not None and x.found.end <= m.start() for x in (r.mentions[i] for i in group)):
            _attach(r, r, group, _COUNT[m.group(1)], m.end())  # …签署协议,四方将共同建设X: the same sentence
        elif m and r.article in parties and not any(x is not None and x.label in BODIES for x in r.mentions):
            _attach(r, records[parties[r.article][0]], parties[r.article][1:], _COUNT[m.group(1)], m.end())
        if group:
            parties[r.article] = [k, *group]


def _partnership(r: SentenceRecord) -> list[int]:
    """Mention indexes of the bodies joined by the sentence's PARTNERED_WITH relations."""
    ends = {e for rel in r.relations if rel.type == "PARTNERED_WITH" for e in (rel.source, rel.target) if e is not None}
    return sorted(ends)


def _attach(r: SentenceRecord, source: SentenceRecord, group: list[int], count: int, after: int) -> None:
    programmes = [i for i, x in enumerate(r.mentions) if x is not None and x.label == "Programme" and x.found.start >= after]
    if len(group) != count or not programmes:
        return
    r.relations = [rel for rel in r.relations if not (rel.type == "HOSTED" and rel.source is None)]
    for i in group:
        body = source.mentions[i]
        if body is None:
            continue
        if source is not r:
            r.mentions.append(replace(body, extra_aliases=list(body.extra_aliases)))
            i = len(r.mentions) - 1
        r.relations += [Rel("HOSTED", i, gi, {"role": "co-host"}) for gi in programmes]
