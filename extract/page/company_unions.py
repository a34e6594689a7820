"""公司工会 / 集团工会 in an article about a company: that company's (that group's) union.

A feature story names an enterprise (某某有限公司, or the short form it declared)
and then says 公司工会 (公司工会主席某某说; 公司工会今年还承办了…). The bare form
standing at a clause start is the union of the nearest company the article named
before it, written ``<company>工会``; 集团工会 is the union of the nearest company
whose name holds 集团. Neither is kept as an alias (every company story says
公司工会). A form glued to a longer name (分公司工会) is left alone.

该公司 / 该企业 / 该集团 (and 该…工会) likewise stand for the nearest company the article
named before them (该公司钳工某某: WORKS_AT that company); 该单位 for the nearest enterprise or
organisation. Neither form is an alias.
"""

from __future__ import annotations

import re

from extract.relate.sentence import RelationFinder
from extract.resolve import PageMention, SentenceRecord
from extract.text.spans import Found, clean_name

_BARE = re.compile(r"(?:^|(?<=[，,。；;：:“”‘’、（()）\s的由]))(公司|集团)工会")
# 该公司 / 該企業 / 该单位(工会): the text is as written (simplified or traditional)
_THAT = re.compile(r"[该該](公司|企业|企業|集团|集團|单位|單位)(工会|工會)?")
_KIND = {"公司": "公司", "企业": "公司", "企業": "公司", "集团": "集团", "集團": "集团", "单位": "单位", "單位": "单位"}


def complete_company_unions(records: list[SentenceRecord], finder: RelationFinder) -> None:
    """Add a Union mention for each bare 公司工会 whose article named a company before it."""
    company: dict[tuple[int, str], str] = {}
    units: dict[int, Found] = {}  # 该单位: the article's last enterprise or organisation
    for r in records:
        text = r.sentence.text
        bare = ("公司工会" in text or "集团工会" in text) and _add(r, company)
        that = ("该" in text or "該" in text) and _add_that(r, company, units)
        if bare or that:
            r.relations = finder.find(text, [m.found for m in r.mentions if m is not None])
        for m in r.mentions:
            name = _company_of(m)
            if name.endswith("公司"):
                company[r.article, "公司"] = name
            if "集团" in name:
                company[r.article, "集团"] = name
            if m is not None and m.label in ("Enterprise", "Organisation") and not m.found.props.get("generic"):
                units[r.article] = m.found


def _company_of(m: PageMention | None) -> str:
    """The company a mention names (an enterprise, or the enterprise of an enterprise union)."""
    if m is None or m.label not in ("Enterprise", "Union"):
        return ""
    name = clean_name(m.found.props.get("name", m.found.text))
    if m.label == "Union":
        name = name[: -len("工会")] if name.endswith(("公司工会", "集团工会")) else ""
    return name if name.endswith(("公司", "集团")) and len(name) > 4 else ""


def _add(r: SentenceRecord, companies: dict[tuple[int, str], str]) -> bool:
    found: list[Found] = []
    for hit in _BARE.finditer(r.sentence.text):
        company = companies.get((r.article, hit.group(1)))
        if company is not None:
            found.append(Found("Union", hit.start(), hit.end(), hit.group(), {"name": company + "工会", "suffix": "工会", "anaphor": True}))
    return r.add_free_mentions(found)


def _add_that(r: SentenceRecord, companies: dict[tuple[int, str], str], units: dict[int, Found]) -> bool:
    """该公司 / 该单位工会: the company or unit (its union) the article named before."""
    found: list[Found] = []
    for hit in _THAT.finditer(r.sentence.text):
        kind = _KIND[hit.group(1)]
        unit = units.get(r.article) if kind == "单位" else None
        label = unit.label if unit is not None else "Enterprise"
        body = clean_name(unit.props.get("name", unit.text)) if unit is not None else companies.get((r.article, kind))
        if body is None:
            continue
        if hit.group(2):
            found.append(Found("Union", hit.start(), hit.end(), hit.group(), {"name": body + "工会", "suffix": "工会", "anaphor": True}))
        else:
            found.append(Found(label, hit.start(), hit.end(), hit.group(), {"name": body, "anaphor": True}))
    return r.add_free_mentions(found)
