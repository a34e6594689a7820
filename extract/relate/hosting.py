"""HOSTED and joint PARTNERED_WITH: who ran a programme (gold/REVIEW rule 8).

The host is the body (or the bodies joined by 与/和/、/联合 …) that is the
subject of a host verb standing between it and the programme, or that names
the programme in its own clause (X以…为主题的“Y”活动); a participation
verb (参加, 参与) in between means the body took part and hosted nothing.
由X主办、Y承办 gives the roles host and undertaker and no partnership;
联合/共同/会同/携手 make every body of the group a co-host and partners of
each other. A title standing as the subject of 在…举行 (``host=elsewhere``)
takes only hosts named with a role. A programme with no body before it in the sentence is left to the
article's subject body (``source=None``); 联合Y举办 with no body before the
cue also makes Y a partner of that subject, and so does it after a body opening the
sentence (X工会投入…，并联合Y开展Z: X and Y).
"""

from __future__ import annotations

import re

from extract.relate.base import BODIES, Rel
from extract.relate.received import coordinated
from extract.resources.lexicon import Lexicon, alternation
from extract.text.spans import Found, leading_place

_VENUE = re.compile(r"(?:在|于|到|赴|向|为|对|给|帮助|指导|支持)$")
_ANAPHOR = re.compile(r"(?:本次|此次|这次|该)(?:大赛|竞赛|活动|比赛|项目)")
# 活动由X承办 / 比赛由Y协办: a sentence opening on the programme's bare head noun and 由 names a role
# host of the programme named last (the pipeline's ``target=None``).
_HEAD_BY = re.compile(
    r"^[\s　]*(?:同时|另外|此外|[，,])*(?:本次|此次|这次|本届|此项|该项?)?[\u4e00-\u9fff]{0,6}?"
    r"(?:活动|大赛|竞赛|比赛|赛事|项目|论坛|培训班)(?:还|则|同时)?由"
)
# 这个由X(2021年)打造的工作室: a body running the programme the article named last, by its bare head noun
_BY_HOST = re.compile(
    r"由([^，,。；;：:由“”]{2,30}?)(主办|承办|协办|打造|建立|建成|创建|创办|成立|设立|组建|举办|开展|发起)的(?:这个|这一|该)?"
    r"(?:工作室|书屋|驿站|服务站|活动|比赛|大赛|竞赛|项目|行动|计划|工程)"
)
# 夜学堂由X与Y合作开办: a short subject (the programme named last, by part of its name) that bodies run jointly
_BY_JOINT = re.compile(
    r"(?:^|[，,])[^，,。；;由“”]{1,6}由([^，,。；;：:由“”]{2,40}?)(?:合作|联合|共同|携手)"
    r"(?:开办|举办|主办|打造|创办|创建|建设|开设|成立|建立|组建|设立|运营|承办|开展)"
)
_COMMA = re.compile(r"[，,：:]")
_STOP = re.compile(r"[。；;！？!?]")
_OPENING = re.compile(r"^(?:[^，,。；;“”]{0,12}[，,])?$")  # 2024年，X…: nothing but a short adverbial before X


class HostFinder:
    """Sentence rules for HOSTED and the partnerships joint hosting implies."""

    def __init__(self, lex: Lexicon) -> None:
        self.verbs = re.compile(alternation(lex.get("host_verb")))
        self.take_part = re.compile(alternation(lex.get("take_part")))  # 参加, 报名: joining, not hosting
        # 主办 / 承办 / 协办: the verbs that state the host's role (their tag in lexicon.csv)
        self.roles = {v: lex.tag("host_verb", v) for v in lex.tagged("host_verb", "host", "co-host", "undertaker")}
        self.role_verb = re.compile(rf"(?:联合|共同)?({alternation(tuple(self.roles))})")
        cues = alternation(lex.get("partner_cue"))
        self.joint = re.compile(cues)
        self.link = re.compile(rf"^[还也将并又再]{{0,2}}(?:与|和|及|、|同|以及|{cues})[^，,。；;：:“”]{{0,6}}$")
        self.cue_before = re.compile(rf"(?:{cues})$")

    def find(self, text: str, ms: list[Found], outer: list[int]) -> list[Rel]:
        """Every HOSTED candidate of one sentence, with the partnerships of joint hosting
        (``outer``: its :func:`~extract.relate.base.outer_bodies`)."""
        out: list[Rel] = []
        programmes = [i for i, m in enumerate(ms) if m.label == "Programme"]
        for gi in programmes:
            out += self._hosts_of(text, ms, gi, ms[gi].start, outer)
        if not programmes and outer and (_ANAPHOR.search(text) or ("由" in text and _HEAD_BY.match(text))):
            out += self._role_hosts(text, ms, None, outer)
        elif not programmes and outer and "由" in text:
            joint = _BY_JOINT.search(text) if ("合作" in text or "联合" in text or "共同" in text or "携手" in text) else None
            if joint is not None:
                out += self._jointly(ms, outer, joint)
            elif "的" in text:
                out += self._by_host(ms, outer, _BY_HOST.search(text))
        return out + self.partner_of_subject(text, ms, outer)

    def _hosts_of(self, text: str, ms: list[Found], gi: int, at: int, outer: list[int]) -> list[Rel]:
        owner = next((i for i, m in enumerate(ms) if m.label in BODIES and m.start == ms[gi].start and m.end < ms[gi].end), None)
        if owner is not None:  # 落实山东省总工会“X”集中行动: the body the programme is named after runs it
            return [Rel("HOSTED", owner, gi)]
        explicit = self._role_hosts(text, ms, gi, outer)
        if explicit or ms[gi].props.get("host") == "elsewhere":
            return explicit
        start = max((m.end() for m in _STOP.finditer(text, 0, at)), default=0)
        bodies = [i for i in outer if start <= ms[i].start and ms[i].end <= at and not _VENUE.search(text[: ms[i].start])]
        if not bodies:
            return self._subjectless(text, ms, gi, start, at)
        group = self._group(text, ms, bodies)
        if group[0] == outer[0] and self.cue_before.search(text[: ms[group[0]].start]):
            return []  # 联合Y举办X: partner_of_subject
        between = text[ms[group[0]].end : at]
        if self.take_part.search(between) or not (self.verbs.search(between) or not _COMMA.search(between)):
            return []
        joint = len(group) > 1 and bool(self.joint.search(text[ms[group[0]].end : at]))
        out = [Rel("HOSTED", h, gi, {"role": "co-host"} if joint else {}) for h in group]
        if joint:
            out += [Rel("PARTNERED_WITH", a, b) for k, a in enumerate(group) for b in group[k + 1 :]]
        return out

    def _by_host(self, ms: list[Found], outer: list[int], m: re.Match[str] | None) -> list[Rel]:
        """这个由X打造的工作室: the first body between 由 and the verb hosts the programme named last."""
        if m is None:
            return []
        body = next((i for i in outer if m.start(1) <= ms[i].start and ms[i].end <= m.end(1)), None)
        role = self.roles.get(m.group(2))
        return [] if body is None else [Rel("HOSTED", body, None, {"role": role} if role else {})]

    @staticmethod
    def _jointly(ms: list[Found], outer: list[int], m: re.Match[str]) -> list[Rel]:
        """夜学堂由X与Y合作开办: X and Y co-host the programme named last, and are partners."""
        group = [i for i in outer if m.start(1) <= ms[i].start and ms[i].end <= m.end(1)]
        if len(group) < 2:
            return []
        out = [Rel("HOSTED", i, None, {"role": "co-host"}) for i in group]
        return out + [Rel("PARTNERED_WITH", a, b) for k, a in enumerate(group) for b in group[k + 1 :]]

    def _group(self, text: str, ms: list[Found], bodies: list[int]) -> list[int]:
        """The body nearest before the programme and those linked to it by 与/和/、/联合 (in text order)."""
        group = [bodies[-1]]
        for i in reversed(bodies[:-1]):
            if not self.link.match(text[ms[i].end : ms[group[0]].start]):
                break
            group.insert(0, i)
        return group

    def _subjectless(self, text: str, ms: list[Found], gi: int, start: int, at: int) -> list[Rel]:
        """开展X with no body before it in the sentence: the article's subject hosts, unless a place
        is the subject there (河北启动“Y”活动: the place's bodies, not the article's, ran it)."""
        clause = text[start:at].lstrip(" 　")
        place = leading_place(clause)
        if place is not None and self.verbs.match(clause, len(place[0])):
            return []
        return [] if self.take_part.search(text[start:at]) else [Rel("HOSTED", None, gi)]

    def partner_of_subject(self, text: str, ms: list[Found], bodies: list[int]) -> list[Rel]:
        """联合Y(、Z), 举办X: Y (and the bodies listed with it) partners and co-hosts of the article's subject body
        (``bodies``: the sentence's :func:`~extract.relate.base.outer_bodies`)."""
        out: list[Rel] = []
        prev: int | None = None
        subject = self._opening_subject(text, ms, bodies)
        for i in bodies:
            before = text[: ms[i].start]
            listed = prev is not None and text[ms[prev].end : ms[i].start] in ("、", "和", "及", "与")
            earlier = [j for j in bodies if ms[j].end <= ms[i].start]
            first = self.cue_before.search(before) is not None and earlier in ([], [subject])
            prev = i if first or listed else None
            if prev is None or i == subject:
                continue
            host = subject if earlier else None
            out.append(Rel("PARTNERED_WITH", host, i))
            for gi in (g for g, m in enumerate(ms) if m.label == "Programme" and m.start > ms[i].end):
                out += [Rel("HOSTED", host, gi, {"role": "co-host"}), Rel("HOSTED", i, gi, {"role": "co-host"})]
        return out

    @staticmethod
    def _opening_subject(text: str, ms: list[Found], bodies: list[int]) -> int | None:
        """X工会投入…，并联合Y开展Z: the body opening the sentence (after a date or adverbial) is the subject."""
        if not bodies or not _OPENING.match(text[: ms[bodies[0]].start]):
            return None
        return bodies[0]

    def _role_hosts(self, text: str, ms: list[Found], gi: int | None, bodies_all: list[int]) -> list[Rel]:
        """由X主办/Y承办: hosts named right before 主办 / 承办 / 联合主办 (``bodies_all``: the outer bodies)."""
        out: list[Rel] = []
        if not bodies_all:
            return out
        for m in self.role_verb.finditer(text):
            role = self.roles[m.group(1)]
            bodies = [i for i in bodies_all if ms[i].end <= m.start() and text[ms[i].end : m.start()].strip() in ("", "联合", "共同")]
            if not bodies:
                continue
            hosts = coordinated(text, ms, [i for i in bodies_all if ms[i].end <= m.start() and i <= bodies[-1]])
            # 由X联合主办; 由X、Y、Z主办: several bodies running it together are co-hosts and partners
            joint = len(hosts) > 1 and (m.group().startswith(("联合", "共同")) or role == "host")
            out += [Rel("HOSTED", h, gi, {"role": "co-host" if joint else role}) for h in hosts]
            out += [Rel("PARTNERED_WITH", a, b) for k, a in enumerate(hosts) for b in hosts[k + 1 :]] if joint else []
        return out
