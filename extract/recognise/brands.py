"""Short brand forms of a company the article names in full.

A page names a company once in full (唐山某峰物流有限公司) and later by its
brand: the name without its place and company suffix (某峰物流), that core
without a trailing 集团, its first four characters (宏远汽车 of 宏远汽车零部件),
or the two-character brand with the last words of the trade (宏远零部件).
Only forms of four characters or more are made, and only from names that end
on a company suffix with no other company inside.
"""

from __future__ import annotations

import re

from extract.resources.geo import gazetteer
from extract.text.spans import place_chain_prefix

_COMPANY = re.compile(r"(?:集团)?(?:股份有限公司|有限责任公司|有限公司|公司)$")
_INNER = re.compile(r"公司|集团|银行|工会")
_BRACKETED = re.compile(r"[(（][^()（）]{1,6}[)）]")  # 某某半导体(中国)有限公司: the market, not the brand
_LATIN_LEAD = re.compile(r"^[A-Za-z]{2,}")
_MIN, _MAX = 4, 10


def brand_forms(name: str) -> set[str]:
    """The short forms a text may use for the company ``name`` (empty when it is not a company name)."""
    suffix = _COMPANY.search(name)
    if suffix is None:
        return set()
    core = _after_places(_BRACKETED.sub("", name[: suffix.start()]))
    if not _MIN <= len(core) <= _MAX or _INNER.search(core) or not core.isalpha():
        return set()
    forms = {core, core + "集团"} if "集团" in suffix.group() else {core}
    latin = _LATIN_LEAD.match(core)
    if latin:  # SK某某士半导体: the Latin letters with the next two or three characters
        forms |= {core[: latin.end() + k] for k in (2, 3) if latin.end() + k < len(core)}
    else:
        forms.add(core[:_MIN])
        forms |= {core[:2] + core[-tail:] for tail in (2, 3) if len(core) - tail >= _MIN}
    return {f for f in forms if len(f) >= _MIN and f != name}


def _after_places(stem: str) -> str:
    """``stem`` without the region names it opens on (唐山|某峰物流), when a core of four characters is left."""
    used, above = 0, None
    for text, regions in place_chain_prefix(stem):
        inside = [r for r in regions if above is None or above & {r.code}.union(gazetteer().ancestors(r.code))]
        if not inside or len(stem) - used - len(text) < _MIN:
            break  # 榆林|金川钢铁: 金川 is not in 榆林, so it is the brand
        used, above = used + len(text), {r.code for r in inside}
    return stem[used:]
