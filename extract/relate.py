"""Relations a single sentence states between its mentions.

Ends are indexes into the sentence's mention list. ``source=None`` on HOSTED
means "the article's subject union" (a sentence with no explicit host);
``target=None`` means "the programme the article named last" (本次大赛由…承办).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extract.lexicon import Lexicon
from extract.text import Found

BODIES = frozenset({"Union", "Enterprise", "Organisation"})
_VENUE = re.compile(r"(?:在|于|到|赴|向|与|和|同|及|、|为)$")
_YEAR = re.compile(r"(\d{4})年")
_AGREEMENT = re.compile(r"(?:签订|签署)了?《([^》]{2,40})》|(?:签订|签署)了?([\u4e00-\u9fff]{2,12}协议(?:书)?)")
_ANAPHOR = re.compile(r"(?:本次|此次|这次|该)(?:大赛|竞赛|活动|比赛|项目)")


@dataclass(frozen=True)
class Rel:
    """A relation candidate inside one sentence."""

    type: str
    source: int | None
    target: int | None
    props: dict[str, str] = field(default_factory=dict)


class RelationFinder:
    """Sentence-level relation rules driven by the lexicon's verbs and cues."""

    def __init__(self, lex: Lexicon) -> None:
        self.titles = lex.get("title")
        self.roles = lex.get("role")
        self.host_verbs = {v: lex.note("host_verb", v) for v in lex.get("host_verb")}
        self.joint = lex.get("partner_cue")
        self.award_verbs = lex.get("award_verb")

    def find(self, text: str, mentions: list[Found]) -> list[Rel]:
        """Every relation candidate of one sentence."""
        out: list[Rel] = []
        out += self._offices(text, mentions)
        out += self._awards(text, mentions)
        out += self._hosting(text, mentions)
        out += self._agreements(text, mentions)
        return out

    # ---- LEADS / WORKS_AT ---------------------------------------------
    def _offices(self, text: str, ms: list[Found]) -> list[Rel]:
        out: list[Rel] = []
        for pi, p in enumerate(ms):
            if p.label != "Person":
                continue
            bodies = [(bi, b) for bi, b in enumerate(ms) if b.label in BODIES and b.end <= p.start]
            out += self._office_chain(text, ms, pi, bodies)
        return out

    def _office_chain(self, text: str, ms: list[Found], pi: int, bodies: list[tuple[int, Found]]) -> list[Rel]:
        """Walk back from a person over TITLE, BODY TITLE、 … segments."""
        out: list[Rel] = []
        pos = ms[pi].start
        for bi, b in reversed(bodies):
            between = text[b.end : pos].strip(" 、的")
            if len(between) > 16 or any(m.start >= b.end and m.end <= pos and m.label != "Award" for m in ms if m is not b and m.label in BODIES):
                break
            rel = self._office(between, pi, bi, first=not out)
            if rel is None:
                break
            out.append(rel)
            pos = b.start
        return out

    def _office(self, between: str, pi: int, bi: int, first: bool) -> Rel | None:
        cleaned = re.sub(r"^(?:来自|的)|的$", "", between).strip(" 、")
        if any(t in cleaned for t in self.titles):
            return Rel("LEADS", pi, bi, {"title": cleaned})
        role = next((r for r in self.roles if cleaned.endswith(r)), None)
        if first and (role or cleaned == ""):
            return Rel("WORKS_AT", pi, bi, {"role": role} if role else {})
        return None

    # ---- RECEIVED -----------------------------------------------------
    def _awards(self, text: str, ms: list[Found]) -> list[Rel]:
        out: list[Rel] = []
        for ai, a in enumerate(ms):
            if a.label != "Award":
                continue
            year = _YEAR.search(a.text) or _YEAR.search(text[max(0, a.start - 12) : a.start])
            props = {"year": year.group(1)} if year else {}
            out += [Rel("RECEIVED", ri, ai, dict(props, **extra)) for ri, extra in self._recipients(text, ms, ai)]
        return out

    def _recipients(self, text: str, ms: list[Found], ai: int) -> list[tuple[int, dict[str, str]]]:
        a = ms[ai]
        nxt = next((i for i, m in enumerate(ms) if m.start >= a.end), None)
        if nxt is not None and ms[nxt].label == "Person" and ms[nxt].start - a.end <= 1:
            return [(nxt, {})]
        verb_at = max((text.rfind(v, 0, a.start) for v in self.award_verbs), default=-1)
        if verb_at < 0:
            return []
        agent = self._agent(text, ms, verb_at)
        extra = {"conferred_by": str(agent)} if agent is not None else {}
        before = [i for i, m in enumerate(ms) if m.end <= verb_at and m.label in BODIES | {"Person"} and i != agent]
        if "包括" in text[a.end :]:
            return [(i, extra) for i, m in enumerate(ms) if m.start > a.end and m.label == "Person"]
        return [(i, extra) for i in self._coordinated(text, ms, before)]

    def _agent(self, text: str, ms: list[Found], verb_at: int) -> int | None:
        """The body after 被 (被Y授予) or the subject of 表彰/命名 before the verb."""
        bei = text.rfind("被", 0, verb_at)
        for i, m in enumerate(ms):
            if m.label in BODIES and bei >= 0 and bei < m.start and m.end <= verb_at:
                return i
        return None

    def _coordinated(self, text: str, ms: list[Found], idx: list[int]) -> list[int]:
        """The last mention before the verb and those joined to it by 和/、/及."""
        if not idx:
            return []
        out = [idx[-1]]
        for i in reversed(idx[:-1]):
            gap = text[ms[i].end : ms[out[-1]].start]
            same_kind = (ms[i].label in BODIES) == (ms[out[-1]].label in BODIES)
            if gap not in ("和", "、", "及", "与") or not same_kind:
                break
            out.append(i)
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
        hosts = self._coordinated(text, ms, bodies)
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
            hosts = self._coordinated(text, ms, [i for i, b in enumerate(ms) if b.label in BODIES and b.end <= m.start() and i <= bodies[-1]])
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
