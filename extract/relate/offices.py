"""LEADS and WORKS_AT: a person and the body where they hold an office or a job.

Read before the person (长沙市总工会党组书记、主席 刘某; 某公司驾驶员陈某) and
after it: elections (赵某当选为某工会主席; 选举钱某、孙某为某工会副主席;
李某当选为副主席 → the body named earlier in the sentence), copulas
(刘某是某公司的一名清运司机) and list rows (孟某 某公司焊工; 陈某(某公司); 向某(女,土家族) 某公司技术员).
A job is a role of the lexicon or a word ending on a job suffix; a text
holding an office title gives LEADS instead.
"""

from __future__ import annotations

import re

from extract.relate.base import BODIES, Rel, RelProps
from extract.resources.lexicon import Lexicon
from extract.text.spans import Found

# a note after a listed name (杨某(挂职)、李某(兼职)) and a closing 同志 (张某同志当选为…)
_NOTE = r"(?:[(（][^()（）]{1,8}[)）])?"
_NAMES = rf"{_NOTE}(?:[、和及][\u4e00-\u9fff]{{2,4}}?{_NOTE})*(?:同志)?"
_ELECT = re.compile(rf"{_NAMES}(?:当选为|当选|担任|出任|任)")
_ELECTED = re.compile(rf"{_NAMES}为")
_COPULA = re.compile(r"(?:是|系)")
_ATTR = r"(?:女|男|[\u4e00-\u9fff]{1,3}族)"  # sex or ethnic group noted after a listed name
# 陈某(女,某公司); 向某(女,土家族) 某公司…
_ROW = re.compile(rf"[(（\s]+(?:{_ATTR}(?:[，,、]{_ATTR})*(?:[)）]\s*|[，,、]))?")
_ROLE_TEXT = re.compile(r"的?(?:一名|一位|名)?([\u4e00-\u9fff、]{0,12}?)(?=[，,。；;)）\s]|$)")
_CLAUSE = re.compile(r"[，,；;。：:！？]")
_JOB_WORD = re.compile(r"[\u4e00-\u9fff]{1,5}(?<![委党会成人官动全])(?:员|司机|师|顾问|专家|总监)(?:、[\u4e00-\u9fff]{1,6}(?:员|师|工))*")
# 7月1日清晨，在某公司的职工服务站里，…: a scene set in a company (at most a date or time before 在)
_SCENE = re.compile(r"^(?:[^，,。；;在]{0,12}[，,\s])?在$")


class OfficeFinder:
    """Sentence rules for LEADS and WORKS_AT."""

    def __init__(self, lex: Lexicon) -> None:
        self.titles = lex.get("title")
        self.job_end = lex.get("job_end")  # 焊工, 驾驶员: a job, not an office
        # 运维班班长, 数控班组长: a team's leader works at the company, leads no body
        self.team_lead = lex.get("team_lead")
        self.roles = lex.get("role")
        workers = lex.tagged("person_noun", "worker")
        self.scene_roles = self.roles + workers  # 德昂族姑娘某某 in a scene set in a workshop: a worker there

    def find(self, text: str, ms: list[Found], bodies: list[int]) -> list[Rel]:
        """Every LEADS / WORKS_AT candidate of one sentence (``bodies``: its :func:`~extract.relate.base.outer_bodies`)."""
        out: list[Rel] = []
        for pi, p in enumerate(ms):
            if p.label == "Person":
                before = [bi for bi in bodies if ms[bi].end <= p.start]
                out += self._chain(text, ms, pi, before) or self._after(text, ms, pi, bodies) or self._in_scene(text, ms, pi, before)
        return out

    def _in_scene(self, text: str, ms: list[Found], pi: int, before: list[int]) -> list[Rel]:
        """在某公司的车间里，熔炼车间技术员某某…: a worker named by a job in a scene the sentence sets in one company."""
        if len(before) != 1 or ms[before[0]].label != "Enterprise" or not _SCENE.match(text[: ms[before[0]].start]):
            return []
        clause = _CLAUSE.split(text[ms[before[0]].end : ms[pi].start])[-1]
        if any(m.label == "Person" and ms[before[0]].end <= m.start < ms[pi].start for m in ms):
            return []
        role = next((r for r in self.scene_roles if clause.endswith(r)), None)
        props = RelProps(role=role) if role and role in self.roles else RelProps()
        return [Rel("WORKS_AT", pi, before[0], props)] if role and len(clause) <= 12 else []

    def _chain(self, text: str, ms: list[Found], pi: int, bodies: list[int]) -> list[Rel]:
        """Walk back from a person over TITLE, BODY TITLE、 … segments."""
        out: list[Rel] = []
        pos = ms[pi].start
        for bi in reversed(bodies):
            b = ms[bi]
            between = text[b.end : pos].strip(" 、的")
            crossed = any((m.label in BODIES or m.label == "Person") and b.end <= m.start and m.end <= pos for m in ms if m is not b)
            if len(between) > 16 or crossed or _CLAUSE.search(between):
                break
            rel = self._office(between, pi, bi, first=not out)
            if rel is None:
                break
            out.append(rel)
            pos = b.start
        return out

    def _office(self, between: str, pi: int, bi: int, first: bool) -> Rel | None:
        cleaned = re.sub(r"^(?:来自|的)|的$", "", between).strip(" 、")
        if any(t in cleaned for t in self.titles) and not cleaned.endswith(self.team_lead) and not _JOB_WORD.fullmatch(cleaned):
            return Rel("LEADS", pi, bi, {"title": cleaned})
        role = next((r for r in self.roles if cleaned.endswith(r)), None)
        if role is None and cleaned.endswith(self.team_lead) and len(cleaned) <= 8:
            role = cleaned
        if role is None and first and _JOB_WORD.fullmatch(cleaned):
            role = cleaned  # 某公司配送员罗某: a job word not in the lexicon
        if first and (role or cleaned == ""):
            return Rel("WORKS_AT", pi, bi, {"role": role} if role else {})
        return None

    def _after(self, text: str, ms: list[Found], pi: int, bodies: list[int]) -> list[Rel]:
        end = ms[pi].end
        # 选举郭某、吕某为副主席; 杨某、吴某当选为副主席: a listed name reads either form
        patterns = (_ELECTED, _ELECT, _COPULA, _ROW) if ms[pi].props.get("head") == "list" else (_ELECT, _COPULA, _ROW)
        for pattern in patterns:
            m = pattern.match(text, end)
            if m is None:
                continue
            at = next((bi for bi in bodies if ms[bi].start == m.end()), None)
            if at is not None:
                return self._job_after(text, ms, pi, at)
            if pattern is _ELECT or pattern is _ELECTED:
                return self._title_only(text, ms, pi, m.end(), bodies)
        return []

    def _job_after(self, text: str, ms: list[Found], pi: int, bi: int) -> list[Rel]:
        m = _ROLE_TEXT.match(text, ms[bi].end)
        job = m.group(1) if m else ""
        if any(t in job for t in self.titles):
            return [Rel("LEADS", pi, bi, {"title": job})]
        if not job or job.endswith(self.roles) or job.endswith(self.job_end):
            return [Rel("WORKS_AT", pi, bi, {"role": job} if job else {})]
        return []

    def _title_only(self, text: str, ms: list[Found], pi: int, at: int, bodies: list[int]) -> list[Rel]:
        """李某当选为副主席: the office of the body named earlier in the sentence."""
        title = next((t for t in self.titles if text.startswith(t, at)), None)
        earlier = [bi for bi in bodies if ms[bi].end <= ms[pi].start]
        return [Rel("LEADS", pi, earlier[-1], {"title": title})] if title and earlier else []
