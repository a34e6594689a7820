"""Normalise a decoded page: half-width Latin/digits, and layout breaks repaired.

Every offset the extractor emits (articles, mentions, evidence) refers to the
string :func:`normalise` returns, the page's *normalised text*. That text has
one paragraph a line (``\\n`` between paragraphs, no blank lines, no trailing
spaces); a sentence the layout split over lines or blank lines is one line
again. Only full-width Latin letters and digits change width: Chinese
punctuation and brackets （） stay as written.
"""

from __future__ import annotations

import re

_FULLWIDTH = {code: code - 0xFEE0 for code in range(0xFF10, 0xFF1A)}
_FULLWIDTH.update({code: code - 0xFEE0 for code in range(0xFF21, 0xFF3B)})
_FULLWIDTH.update({code: code - 0xFEE0 for code in range(0xFF41, 0xFF5B)})
_HAS_FULLWIDTH = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")

TERMINAL = frozenset("。！？!?；;…")
_CLOSERS = frozenset("”’」』)）")
_CONTINUATION_START = re.compile(r"^(?:[，,、；;：:）)]|(?:表示|介绍|指出|强调|说)[，,:：])")
_HEADING = re.compile(r"^(?:【|#|来源|小编说|本报|记者|通讯员|[(（]记者)")
_DATELINE = re.compile(r"^本报(?:[\u4e00-\u9fff]{2,4})?讯")  # 本报讯 / 本报北京讯: a body paragraph, not a byline
# a paragraph opening on a date; a year straight before a verb (…由公司工会 / 2021年打造的…) goes on a clause
_OPENER = re.compile(r"^(?:\d{1,4}年(?=[，,\d月度以初底中上下前后来起是至到]|$)|\d{1,2}月\d{1,2}日|近日|日前|近年来|今年以来|去年以来)")
_CREDIT_END = re.compile(r"摄(?:/\S{1,12})?$")
_CLAUSE = re.compile(r"[，,、：:；;]")
_INNER_END = re.compile(r"[。！？!?][”’」』)）]*[\u4e00-\u9fff]")  # a finished sentence, then more text
_DANGLING = frozenset("、，,")  # a line ending on these always goes on
_LIST_ENTRY = re.compile(r"^[^，,。；;:：]{1,24}[:：][^，,。；;]*[)）]$")
MIN_BODY = 20
LOOKAHEAD = 3


def half_width(text: str) -> str:
    """Turn full-width Latin letters and digits half-width; nothing else changes."""
    return text.translate(_FULLWIDTH) if _HAS_FULLWIDTH.search(text) else text


def paragraphs(text: str) -> list[str]:
    """Non-empty lines with surrounding whitespace removed."""
    lines = (line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return [line for line in lines if line]


def ends_sentence(par: str) -> bool:
    """True when a paragraph ends on sentence-final punctuation (closers allowed after it)."""
    stripped = par.rstrip("".join(_CLOSERS))
    return bool(stripped) and (stripped[-1] in TERMINAL or bool(_CREDIT_END.search(stripped)))


def is_open(par: str) -> bool:
    """A body paragraph (long, with clause punctuation, no headline spacing) cut off mid-sentence.

    A paragraph opening on 本报讯 is body text (the byline inside its brackets does not make it one)."""
    if len(par) < MIN_BODY or ends_sentence(par) or _LIST_ENTRY.match(par):
        return False
    if _HEADING.match(par) and not _DATELINE.match(par):
        return False
    body = bool(_CLAUSE.search(par) or _INNER_END.search(par))  # a headline holds no finished sentence
    return body and (" " not in par or len(par) >= 3 * MIN_BODY)


def is_heading_like(par: str) -> bool:
    """A short line with no final punctuation: headline, byline or caption."""
    if ends_sentence(par) or _CONTINUATION_START.match(par):
        return False
    return len(par) < 2 * MIN_BODY or (" " in par and len(par) < 3 * MIN_BODY)


def _continuation(pars: list[str], i: int) -> int | None:
    """Index of the paragraph that continues ``pars[i]``, skipping interleaved headings."""
    if i + 1 < len(pars) and pars[i][-1] in _DANGLING and not _HEADING.match(pars[i + 1]):
        return i + 1
    if i + 1 < len(pars) and _CONTINUATION_START.match(pars[i + 1]) and not ends_sentence(pars[i]):
        return i + 1
    if not is_open(pars[i]):
        return None
    for j in range(i + 1, min(i + 1 + LOOKAHEAD, len(pars))):
        if _HEADING.match(pars[j]) or _OPENER.match(pars[j]):
            return None
        if not is_heading_like(pars[j]):
            return j
    return None


def repair_layout(pars: list[str]) -> list[str]:
    """Join paragraphs the layout split; interleaved headings move after the join."""
    pars = list(pars)
    i = 0
    while i < len(pars):
        j = _continuation(pars, i)
        if j is None:
            i += 1
            continue
        pars[i] += pars.pop(j)
    return pars


def normalise(text: str) -> str:
    """The page's normalised text (see the module docstring)."""
    return "\n".join(repair_layout(paragraphs(half_width(text))))
