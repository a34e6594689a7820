"""Structural tests on a body's stem (the text before its suffix), shared by the recognisers.

* a *class* of bodies is not a body: 省级产业工会, 市级以上工会, 两级工会,
  省市工会, 县(市)总工会;
* a level character opens a bare generic form (市总工会, 县经发局) unless it
  starts a word (市场街区工会, 区域工会联合会: see ``place_block`` in words.csv);
* ``(简称Y)`` inside a name is cut out and Y kept as an alias; right after a name
  (某集团有限公司(以下简称“Y”)是…) it declares Y as the name's short form.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.resources.lexicon import load_lexicon
from extract.text.spans import clean_name

_CLASS = re.compile(
    r"(?:自治区|省|市|县|区|州|乡|镇)级(?!机关)|[两各]级"
    r"|^(?:各|全国各)?(?:省|市|县|区|州){2,}$|[省市县区州][(（][省市县区州][)）]"
)
_LEVEL_PREFIX = re.compile(r"^(?:省|市|县|区|州)[\u4e00-\u9fff]")
_SHORT_FOR = re.compile(r"[(（](?:以下)?简称[“\"]?([^)）”\"]{2,12})[”\"]?[)）]")
WHOLE_REGION = ("全市", "全省", "全县", "全区")


@lru_cache(maxsize=1)
def _blocked() -> frozenset[str]:
    return frozenset(load_lexicon().get("place_block"))


def is_class(stem: str) -> bool:
    """True when the stem names a class of bodies (省级产业, 市级以上, 两级, 省市, 县(市))."""
    return _CLASS.search(stem) is not None


def level_generic(stem: str) -> bool:
    """True when the stem opens on a bare level character (市总工会, 县经发局), not on a word (市场, 区域)."""
    return _LEVEL_PREFIX.match(stem) is not None and stem[:2] not in _blocked()


def short_form(name: str) -> tuple[str, str] | None:
    """(name without its ``(简称Y)``, Y) when the name carries one."""
    m = _SHORT_FOR.search(name) if "简称" in name else None
    if m is None:
        return None
    return name[: m.start()] + name[m.end() :], m.group(1)


def declared_after(text: str, end: int) -> str:
    """Y when ``text`` declares a short form right at ``end`` (``(以下简称“Y”)``), else ""."""
    m = _SHORT_FOR.match(text, end) if "简称" in text[end : end + 5] else None
    return clean_name(m.group(1)) if m else ""
