"""RECEIVED: who an honour was conferred on, in which year and by whom.

A recipient is the person right after the honour (全国劳动模范董某;
五一劳动奖章获得者、某公司技师钱某) or the mentions joined by 和/、 before a
receiving verb (某公司工会被某总工会授予…; 孙某荣获…). After a conferring
verb (某总工会授予某公司…; 评选出; 命名) the body before the verb is the
conferrer and the recipients stand between the verb and the honour.
"""

from __future__ import annotations

import re

from extract.relate.base import BODIES, Rel
from extract.resources.lexicon import Lexicon, alternation
from extract.text.spans import Found, count_value

# 选取部分获得…的工会, 一些获得…: the verb's clause opens on recipients it does not name
_UNNAMED = re.compile(r"部分|一些|若干|多家|多个|选取|选择")
_YEAR = re.compile(r"(\d{4})年")
_HOLDER = re.compile(r"(?:称号)?(?:获得者|获奖者)[、,，]?")
_CLAUSE_END = re.compile(r"[，,。；;：:]")
# 我区4名职工获…, 1个单位获…: the clause's subject is a count of unnamed recipients
_COUNTED = re.compile(r"[\d一二两三四五六七八九十百]+\s*(?:名|个|家|位|人|支)[\u4e00-\u9fff]{0,6}$")


class AwardRecipients:
    """Sentence rules for RECEIVED."""

    def __init__(self, lex: Lexicon) -> None:
        verbs = lex.get("award_verb")
        self.verbs = re.compile(f"(?:{alternation(verbs)})")
        self.confer = frozenset(v for v in verbs if lex.note("award_verb", v) == "confer")

    def find(self, text: str, ms: list[Found], outer: list[int]) -> list[Rel]:
        """Every RECEIVED candidate of one sentence (``outer``: its :func:`~extract.relate.base.outer_bodies`)."""
        out: list[Rel] = []
        bodies = set(outer)
        for ai, a in enumerate(ms):
            if a.label != "Award":
                continue
            year = _YEAR.search(a.text) or _YEAR.search(text[max(0, a.start - 12) : a.start])
            props = {"year": year.group(1)} if year else {}
            out += [Rel("RECEIVED", ri, ai, dict(props, **extra)) for ri, extra in self._recipients(text, ms, ai, bodies)]
        return out

    def _recipients(self, text: str, ms: list[Found], ai: int, bodies: set[int]) -> list[tuple[int, dict[str, str]]]:
        holder = self._holder(text, ms, ai)
        if holder is not None:
            return [(holder, {})]
        a = ms[ai]
        verb = None
        for verb in self.verbs.finditer(text, 0, a.start):
            pass
        if verb is None:
            return []
        ok = [i for i, m in enumerate(ms) if m.label == "Person" or i in bodies]
        clause = _CLAUSE_END.split(text[: verb.start()])[-1]
        if "包括" in text[a.end :]:  # 某总工会表彰命名了“X”,包括张某、李某: the conferrer before the verb
            extra = _by(self._conferrer(ms, ok, verb) if "被" not in clause else None)
            return [(i, extra) for i in ok if ms[i].start > a.end and ms[i].label == "Person"]
        if verb.group() in self.confer and "被" not in clause:
            extra = _by(self._conferrer(ms, ok, verb))
            between = [i for i in ok if ms[i].start >= verb.end() and ms[i].end <= a.start]
            return [(i, extra) for i in coordinated(text, ms, between)]
        counted = _COUNTED.search(clause)
        if counted is not None:
            listed = _listed_count(text, ms, verb.start(), counted.group())
            if listed:
                return [(i, {}) for i in listed]  # 张某…,李某…,王某3人被评为…: the count names the rows before it
        if counted and not any(ms[i].start >= verb.start() - len(clause) for i in ok if ms[i].end <= verb.start()):
            return []  # the recipients are counted, not named
        agent = self._passive_agent(ms, ok, text, verb.start())
        extra = _by(agent)
        before = [i for i in ok if ms[i].end <= verb.start() and i != agent]
        if before and ms[before[-1]].end <= verb.start() - len(clause) and _UNNAMED.search(clause):
            return []  # 某总工会启动…，选取部分获得“X”的工会: unnamed recipients in the verb's own clause
        return [(i, extra) for i in coordinated(text, ms, before)]

    def _conferrer(self, ms: list[Found], ok: list[int], verb: re.Match[str]) -> int | None:
        """The body named last before a conferring verb (某总工会授予…), if the verb confers."""
        if verb.group() not in self.confer:
            return None
        return max((i for i in ok if ms[i].label in BODIES and ms[i].end <= verb.start()), default=None)

    @staticmethod
    def _holder(text: str, ms: list[Found], ai: int) -> int | None:
        """全国劳动模范董某 / 奖章获得者、某公司技师钱某: the person closing the honour's clause."""
        a = ms[ai]
        later = [i for i, m in enumerate(ms) if m.start >= a.end]
        if not later:
            return None
        if ms[later[0]].label == "Person" and text[a.end : ms[later[0]].start].strip() == "":
            return later[0]
        gap = _HOLDER.match(text, a.end)
        person = next((i for i in later if ms[i].label == "Person"), None)
        if gap is None or person is None or _CLAUSE_END.search(text, gap.end(), ms[person].start):
            return None
        if any(ms[i].label == "Award" for i in later if i < person):
            return None
        return person

    @staticmethod
    def _passive_agent(ms: list[Found], ok: list[int], text: str, verb_at: int) -> int | None:
        """The body after 被 (被某总工会授予)."""
        bei = text.rfind("被", 0, verb_at)
        return next((i for i in ok if ms[i].label in BODIES and 0 <= bei < ms[i].start and ms[i].end <= verb_at), None)


def _by(agent: int | None) -> dict[str, str]:
    """The ``conferred_by`` property naming the conferring mention, when there is one."""
    return {"conferred_by": str(agent)} if agent is not None else {}


_COUNT = re.compile(r"^([\d一二两三四五六七八九十]+)\s*(?:名|位|人)")


def _listed_count(text: str, ms: list[Found], verb_at: int, count_text: str) -> list[int]:
    """The persons named before a count of persons (…孙某7人被评为): all of them when the count
    is theirs (as many persons before the verb as the count says, at least two)."""
    m = _COUNT.match(count_text)
    if m is None:
        return []
    n = count_value(m.group(1))
    persons = [i for i, f in enumerate(ms) if f.label == "Person" and f.end <= verb_at]
    return persons if n >= 2 and len(persons) == n else []


def coordinated(text: str, ms: list[Found], idx: list[int]) -> list[int]:
    """The last mention of ``idx`` and those joined to it by 和/、/及/与."""
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
