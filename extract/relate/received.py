"""RECEIVED: who an honour was conferred on, in which year and by whom.

A recipient is the person right after the honour (全国劳动模范董某;
五一劳动奖章获得者、某公司技师钱某) or the mentions joined by 和/、 before a
receiving verb (某公司工会被某总工会授予…; 孙某荣获…). After a conferring
verb (某总工会授予某公司…; 评选出; 命名) the body before the verb is the
conferrer and the recipients stand between the verb and the honour.
"""

from __future__ import annotations

import re

from extract.relate.base import BODIES, Rel, RelProps
from extract.resources.lexicon import Lexicon, alternation
from extract.text.spans import Found, count_value

# 选取部分获得…的工会, 一些获得…: the verb's clause opens on recipients it does not name
_UNNAMED = re.compile(r"部分|一些|若干|多家|多个|选取|选择")
_YEAR = re.compile(r"(\d{4})年")
_HOLDER = re.compile(r"(?:称号)?(?:获得者|获奖者)[、,，]?")
# 全国劳模、某公司驾驶员: an honour opening its clause heads the titles listed after it
_ENUMERATED = re.compile("、")
# 全国五一劳动奖状获奖单位、某公司董事长张某: the body after the honour received it
_HOLDER_BODY = re.compile(r"(?:称号)?(?:获奖单位|获奖集体)[、,，]?")
# the 的 closing a run of honours, past quoted honours the recognisers left unnamed (、某地“金牌工人”的)
_RELATIVE_DE = re.compile(r"[”’》\s]*(?:[、和及与][^，,。；;、“”]{0,6}“[^”]{2,12}”)*的")
# what may stand between honours of one run (荣获A、B“C”的): separators and quotation marks
_RUN_GAP = re.compile(r"[、和及与“”\"‘’《》\s]*")
_CLAUSE_END = re.compile(r"[，,。；;：:]")
# 我区4名职工获…, 1个单位获…: the clause's subject is a count of unnamed recipients
_COUNTED = re.compile(r"[\d一二两三四五六七八九十百]+\s*(?:名|个|家|位|人|支)[\u4e00-\u9fff]{0,6}$")


class AwardRecipients:
    """Sentence rules for RECEIVED."""

    def __init__(self, lex: Lexicon) -> None:
        verbs = lex.get("award_verb")
        self.verbs = re.compile(f"(?:{alternation(verbs)})")
        self.confer = frozenset(lex.tagged("award_verb", "confer"))

    def find(self, text: str, ms: list[Found], outer: list[int]) -> list[Rel]:
        """Every RECEIVED candidate of one sentence (``outer``: its :func:`~extract.relate.base.outer_bodies`)."""
        out: list[Rel] = []
        bodies = set(outer)
        for ai, a in enumerate(ms):
            if a.label != "Award":
                continue
            year = _YEAR.search(a.text) or _YEAR.search(text[max(0, a.start - 12) : a.start])
            props = RelProps(year=year.group(1)) if year else RelProps()
            out += [Rel("RECEIVED", ri, ai, RelProps(**props, **extra)) for ri, extra in self._recipients(text, ms, ai, bodies)]
        return out

    def _recipients(self, text: str, ms: list[Found], ai: int, bodies: set[int]) -> list[tuple[int, RelProps]]:
        holder = self._holder(text, ms, ai, bodies)
        if holder is not None:
            return [(holder, {})]
        a = ms[ai]
        verb = None
        for verb in self.verbs.finditer(text, 0, a.start):
            pass
        if verb is None:
            return []
        relative = _relative(text, ms, ai, verb, bodies)
        if relative is not None:
            return [(relative, {})]
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

    def _holder(self, text: str, ms: list[Found], ai: int, bodies: set[int]) -> int | None:
        """全国劳动模范董某 / 奖章获得者、某公司技师钱某 / 全国劳模、某公司驾驶员夏某 (the honour opening
        its clause): the person closing the honour's clause; 奖状获奖单位、某公司…: the body after it."""
        a = ms[ai]
        later = [i for i, m in enumerate(ms) if m.start >= a.end]
        if not later:
            return None
        if ms[later[0]].label == "Person" and text[a.end : ms[later[0]].start].strip() == "":
            return later[0]
        unit = _HOLDER_BODY.match(text, a.end)
        if unit is not None:
            body = later[0]
            return body if body in bodies and text[unit.end() : ms[body].start].strip() == "" else None
        gap = _HOLDER.match(text, a.end)
        if gap is None and text.startswith("、", a.end) and self._opens_clause(text, a.start):
            gap = _ENUMERATED.match(text, a.end)  # the honour heads the person's titles
        person = next((i for i in later if ms[i].label == "Person"), None)
        if gap is None or person is None or _CLAUSE_END.search(text, gap.end(), ms[person].start):
            return None
        if any(ms[i].label == "Award" for i in later if i < person) or self.verbs.search(text, gap.end(), ms[person].start):
            return None
        return person

    @staticmethod
    def _opens_clause(text: str, at: int) -> bool:
        """Nothing but a clause break (or the sentence start) stands before ``at``."""
        before = text[:at].rstrip()
        return not before or before[-1] in "，,。；;：:"

    @staticmethod
    def _passive_agent(ms: list[Found], ok: list[int], text: str, verb_at: int) -> int | None:
        """The body after 被 (被某总工会授予)."""
        bei = text.rfind("被", 0, verb_at)
        return next((i for i in ok if ms[i].label in BODIES and 0 <= bei < ms[i].start and ms[i].end <= verb_at), None)


def _relative(text: str, ms: list[Found], ai: int, verb: re.Match[str], bodies: set[int]) -> int | None:
    """荣获A、B的某厂徐某 / 荣获A的某公司: honours in a clause that qualifies what follows 的; the
    recipient is the person after 的 (a body just before the person is where they work), else the body."""
    run_end = ms[ai].end
    for m in ms[ai + 1 :]:  # the honours of one run after the verb, and the names inside their quotes
        gap = text[run_end : m.start]
        if m.label == "Person" or _CLAUSE_END.search(gap) or _RUN_GAP.fullmatch(gap) is None:
            break
        run_end = max(run_end, m.end)
    if _CLAUSE_END.search(text, verb.end(), ms[ai].start) or any(m.label == "Person" and verb.end() <= m.start < ms[ai].start for m in ms):
        return None  # the honour is not in the verb's run of honours
    de = _RELATIVE_DE.match(text, run_end)
    if de is None:
        return None
    after = [i for i, m in enumerate(ms) if m.start >= de.end()]
    if not after or _CLAUSE_END.search(text, de.end(), ms[after[0]].start):
        return None
    first = after[0]
    if ms[first].label == "Person" and text[de.end() : ms[first].start].strip() == "":
        return first
    if first in bodies and text[de.end() : ms[first].start].strip() == "":
        nxt = after[1] if len(after) > 1 else None
        if nxt is not None and ms[nxt].label == "Person" and text[ms[first].end : ms[nxt].start].strip() == "":
            return nxt
        return first
    return None


def _by(agent: int | None) -> RelProps:
    """The ``conferred_by`` property naming the conferring mention, when there is one."""
    return RelProps(conferred_by=agent) if agent is not None else RelProps()


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
