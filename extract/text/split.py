"""Split a normalised page into articles, and articles into sentences.

A page is one paragraph a line (see :mod:`extract.text.normalise`). Articles start
at a section tag (【主席之声】), at a headline followed by a dateline or byline,
at a markdown headline (``#``/``##``), or after an end marker (来源:《…》,
小编说, a photo credit). Bylines (记者/通讯员/摄) go to ``Article.bylines``
and never become sentences; every offset is into the page's normalised text.
"""

from __future__ import annotations

import datetime
import hashlib
import re
from dataclasses import dataclass, field

from extract.models import Article, DateBasis
from extract.text.normalise import ends_sentence

_SECTION = re.compile(r"^【([^】]{1,12})】$")
_SOURCE = re.compile(r"^来源[:：]\s*《([^》]+)》")
_EDITOR = re.compile(r"^小编说[:：]")
_HASH = re.compile(r"^(#+)\s*")
_DATELINE = re.compile(r"^(?:本报讯|本报记者|本报通讯员|记者|通讯员|\(记者|（记者)")
_BYLINE_NAME = re.compile(r"(?:记者|通讯员)\s*([\u4e00-\u9fff]{2,4}?)(?=\s|报道|\)|）|$|\s*摄)")
_CREDIT = re.compile(r"^(?:本报(?:记者|通讯员)\s*)?([\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})*)\s*摄\S*$")
_LONE_NAME = re.compile(r"^[\u4e00-\u9fff]{2,3}$")
_BYLINE_LINE = re.compile(r"^(?:本报)?(?:记者|通讯员)\s*[\u4e00-\u9fff]{2,4}(?:\s+(?:本报)?(?:记者|通讯员)?\s*[\u4e00-\u9fff]{2,4})*$")
_SENTENCE = re.compile(r"[^。！？!?；;]*(?:[。！？!?；;]+[”’」』)）]*|$)")
_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
_MONTH_DAY = re.compile(r"(?:(\d{4})年)?(?<!\d)(\d{1,2})月(\d{1,2})日")
# A dateline: 本报讯, or 本报北京3月5日电 (the month and day are read after the marker's start).
_DATELINE_MARK = re.compile(r"本[报報](?:[讯訊]|[\u4e00-\u9fff]{0,6}?(?=\d{1,2}月\d{1,2}日[电電]))")
DATELINE_REACH = 80  # characters after the marker where its month and day may be
DATELINE_START = 300  # the marker opens the article: within its first characters
# A page's masthead: paper, date, page number, maybe the page's section (山西工人报 2025年6月12日 第2版 基层).
_MASTHEAD = re.compile(r"^([\u4e00-\u9fff]{2,12}报)?\s*(\d{4}年\d{1,2}月\d{1,2}日)\s*第[\d一二三四五六七八九十]{1,3}版(?:\s+(\S{1,12}))?$")
_PAPER = re.compile(r"^[\u4e00-\u9fff]{2,12}报$")  # a masthead's paper on a line of its own
# A column's author under its headline: body, office, name (无锡市梁溪区总工会党组书记、副主席 王颍).
_AUTHOR = re.compile(r"^\S{2,40}(?:工会|委员会|协会|公司|局|厅)[\u4e00-\u9fff、]{0,20}\s+[\u4e00-\u9fff]{2,3}$")
_TRADITIONAL_BYLINE = re.compile(r"^(?:記者|通訊員)")
HEADLINE_MAX = 60


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article, with offsets into the page's normalised text."""

    start: int
    end: int
    text: str
    kind: str = "body"


@dataclass
class _Draft:
    position: int
    start: int
    end: int = 0
    title: list[str] = field(default_factory=list)
    section: str | None = None
    bylines: list[str] = field(default_factory=list)
    source_paper: str | None = None
    editor_note: str | None = None
    masthead: tuple[str, str] | None = None
    has_body: bool = False
    ended: bool = False


def _lines(text: str) -> list[tuple[int, str]]:
    out, offset = [], 0
    for line in text.split("\n"):
        out.append((offset, line))
        offset += len(line) + 1
    return [(o, line) for o, line in out if line]


def is_headline(line: str) -> bool:
    """A short line without final punctuation, or a markdown headline."""
    return bool(_HASH.match(line)) or (len(line) <= HEADLINE_MAX and not ends_sentence(line))


def byline_names(line: str) -> list[str]:
    """Reporter and photographer names a line credits (empty when it credits none)."""
    credit = _CREDIT.match(line)
    if credit:
        return [n for n in re.split(r"\s+", credit.group(1)) if n]
    if _BYLINE_LINE.match(line):
        return [m.group(1) for m in _BYLINE_NAME.finditer(line)]
    head = line[:40]
    return [m.group(1) for m in _BYLINE_NAME.finditer(head)] if _DATELINE.match(head) else []


def _starts_article(lines: list[tuple[int, str]], i: int, draft: _Draft | None) -> bool:
    line = lines[i][1]
    if draft is None:
        return True
    if _SOURCE.match(line) or _EDITOR.match(line) or _CREDIT.match(line):
        return False
    if draft.ended:
        return True
    if _SECTION.match(line):
        return draft.has_body
    hashes = _HASH.match(line)
    if hashes:
        return len(hashes.group(1)) <= 2 and draft.has_body
    if not is_headline(line) or not draft.has_body:
        return False
    return any(_DATELINE.match(lines[j][1]) for j in range(i + 1, min(i + 3, len(lines))))


def _absorb(draft: _Draft, line: str) -> None:
    """Record what a line says about its article (tags, bylines, notes, body)."""
    section, source = _SECTION.match(line), _SOURCE.match(line)
    credit = _CREDIT.match(line) or _BYLINE_LINE.match(line)
    if section:
        draft.section = section.group(1)
    elif source:
        draft.source_paper, draft.ended = source.group(1), True
    elif _EDITOR.match(line):
        draft.editor_note, draft.ended = _EDITOR.sub("", line), True
    elif credit:
        draft.bylines += byline_names(line)
        draft.ended = draft.ended or line.endswith("摄")
    elif is_headline(line) and not draft.has_body:
        _headline(draft, _HASH.sub("", line))
    else:
        draft.bylines += byline_names(line)
        draft.has_body = draft.has_body or not is_headline(line)


def _headline(draft: _Draft, line: str) -> None:
    """A line above the body: a masthead (paper, date, section), a column's author line or a
    traditional-script byline (kept as sentences, left out of the title), or part of the title."""
    masthead = _MASTHEAD.match(line)
    paper = masthead and (masthead.group(1) or (draft.title.pop() if draft.title and _PAPER.match(draft.title[-1]) else None))
    if masthead and paper:
        draft.masthead = (paper, masthead.group(2))
        draft.section = draft.section or masthead.group(3)
    elif not (draft.title and _AUTHOR.match(line)) and not _TRADITIONAL_BYLINE.match(line):
        draft.title.append(line)


def split_articles(doc: str, text: str) -> list[Article]:
    """The articles of a normalised page, in page order."""
    lines = _lines(text)
    drafts: list[_Draft] = []
    for i, (offset, line) in enumerate(lines):
        if _starts_article(lines, i, drafts[-1] if drafts else None):
            drafts.append(_Draft(position=len(drafts), start=offset))
        _absorb(drafts[-1], line)
        drafts[-1].end = offset + len(line)
    mastheads = [d.masthead for d in drafts if d.masthead]
    return [_to_article(doc, d, text, mastheads[0] if mastheads else None) for d in drafts]


def _to_article(doc: str, draft: _Draft, text: str, masthead: tuple[str, str] | None) -> Article:
    """The article of a draft; the page's masthead gives the paper and date it does not state itself."""
    body = text[draft.start : draft.end]
    date, basis = article_date(body, masthead[1] if masthead else None)
    return Article(
        id=article_id(doc, draft.position),
        doc=doc,
        position=draft.position,
        title=" ".join(draft.title) or None,
        section=draft.section,
        bylines=list(dict.fromkeys(draft.bylines)),
        source_paper=draft.source_paper or (masthead[0] if masthead else None),
        date=date,
        date_basis=basis,
        editor_note=draft.editor_note,
        text=body,
        start=draft.start,
        end=draft.end,
        content_hash=hashlib.sha256(body.encode("utf-8")).hexdigest(),
    )


def article_date(body: str, masthead: str | None) -> tuple[str | None, DateBasis | None]:
    """The date an article states, and where it was read (``date_basis``); (None, None) when none is.

    1. ``dateline``: the 本报讯 / 本报…电 line opening the article (within its first
       :data:`DATELINE_START` characters): its month and day (the first within
       :data:`DATELINE_REACH` characters of the marker), with its own year when it
       states one, else the year of the page's masthead (the year before only for
       November/December news in a January/February paper; other news dated after
       its paper gives no dateline date);
    2. ``masthead``: the date of the page's masthead (the paper's issue);
    3. ``text``: a full date (year, month and day) in the article's first 300 characters.
    Never a guess: a month and day with no year anywhere on the page give no date.
    """
    issue = _DATE.search(masthead) if masthead else None
    dated = _dateline_date(body, issue)
    if dated:
        return dated, "dateline"
    if issue:
        return _iso(int(issue.group(1)), int(issue.group(2)), int(issue.group(3))), "masthead"
    full = _DATE.search(body[:300])
    if full:
        return _iso(int(full.group(1)), int(full.group(2)), int(full.group(3))), "text"
    return None, None


def _dateline_date(body: str, issue: re.Match[str] | None) -> str | None:
    marker = _DATELINE_MARK.search(body, 0, DATELINE_START)
    if marker is None:
        return None
    day = _MONTH_DAY.search(body, marker.start(), marker.end() + DATELINE_REACH)
    if day is None:
        return None
    month, dom = int(day.group(2)), int(day.group(3))
    if day.group(1):
        year = int(day.group(1))
    elif issue:
        year, issue_month, issue_day = (int(g) for g in issue.groups())
        if (month, dom) > (issue_month, issue_day):
            if not (issue_month <= 2 and month >= 11):
                return None  # news dated after its paper: the page is not what it seems; keep the masthead's date
            year -= 1
    else:
        return None
    return _iso(year, month, dom)


def _iso(year: int, month: int, day: int) -> str | None:
    """ISO form of a date, or None when it is not a calendar date (2月30日)."""
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def article_id(doc: str, position: int) -> str:
    """Deterministic article id from the file name and the position in the page."""
    digest = hashlib.sha1(f"{doc}#{position}".encode()).hexdigest()[:16]
    return f"article-{digest}"


def _skip_line(line: str) -> bool:
    """Lines that carry no sentence: tags, sources, credits, lone author names."""
    return bool(
        _SECTION.match(line)
        or _SOURCE.match(line)
        or _CREDIT.match(line)
        or _BYLINE_LINE.match(line)
        or (_LONE_NAME.match(line) and len(line) <= 3)
    )


def sentences(article: Article) -> list[Sentence]:
    """The sentences of an article (headlines and editor notes included), page offsets."""
    return text_sentences(article.text, article.start)


def text_sentences(text: str, start: int) -> list[Sentence]:
    """The sentences of an article's ``text`` that starts at page offset ``start``."""
    out: list[Sentence] = []
    for offset, line in _lines(text):
        if _skip_line(line):
            continue
        kind = "title" if is_headline(line) else "body"
        base = start + offset
        for m in _SENTENCE.finditer(line):
            if m.group().strip():
                out.append(Sentence(base + m.start(), base + m.end(), m.group(), kind))
    return out


def sentence_at(text: str, start: int, offset: int) -> Sentence | None:
    """The sentence of an article's ``text`` (at page offset ``start``) holding page offset ``offset``."""
    return next((s for s in text_sentences(text, start) if s.start <= offset < s.end), None)
