"""PART_OF links to the direct parent, decided by administrative geography.

Street/town unions sit in their district or county union; district/county
unions in their city's; city unions in their province's; province unions in
中华全国总工会; an industry union in the federation of its place (a national
industry union in 全总); an enterprise's union in its enterprise. Both ends
must be entities of the page; a link is never made past a missing level. A
town or street union named without its county (某镇总工会, the town not in the
gazetteer) sits in the one county or district federation its article names.
"""

from __future__ import annotations

import re

from extract.models import Entity
from extract.resources.geo import gazetteer

NATIONAL = "中华全国总工会"
_TOWNSHIP = re.compile(r"[\u4e00-\u9fff]{2,4}(?:街道|镇|乡)总工会$")
_NATIONAL_INDUSTRY = re.compile(r"^中国[\u4e00-\u9fff]{2,12}工会$")


def level_of(entity: Entity) -> str | None:
    """national / province / city / county / township / industry / enterprise, or None."""
    if entity.name == NATIONAL:
        return "national"
    if _NATIONAL_INDUSTRY.match(entity.name) and not entity.name.endswith("总工会"):
        return "industry"
    if entity.region_code is None:
        return None
    region = gazetteer().by_code.get(entity.region_code)
    if region is None:
        return None
    if _TOWNSHIP.search(entity.name):
        return "township"
    form = next((f for f in gazetteer().full_forms(region.code) if f in entity.name), region.name)
    tail = entity.name.split(form)[-1]
    return region.level if tail == "总工会" else "industry"


def part_of_links(entities: list[Entity]) -> list[tuple[Entity, Entity]]:
    """(child, parent) pairs among the page's entities."""
    unions = [e for e in entities if e.type == "Union"]
    federations = {(e.region_code, level_of(e)): e for e in unions if level_of(e) in ("province", "city", "county")}
    national = next((e for e in unions if e.name == NATIONAL), None)
    out: list[tuple[Entity, Entity]] = []
    for e in unions:
        parent = _parent(e, federations, national, entities)
        if parent is not None and parent.id != e.id:
            out.append((e, parent))
    return out


def _parent(
    e: Entity, federations: dict[tuple[str | None, str | None], Entity], national: Entity | None, entities: list[Entity]
) -> Entity | None:
    level = level_of(e)
    enterprise = _enterprise(e, entities)
    if enterprise is not None:
        return enterprise
    if e.region_code is None and _TOWNSHIP.search(e.name):
        return _article_county(e, federations)
    if level == "province" or (level == "industry" and e.region_code is None):
        return national
    region = gazetteer().by_code.get(e.region_code or "")
    if region is None:
        return None
    if level in ("township", "industry"):
        return federations.get((region.code, region.level))
    parent = gazetteer().by_code.get(region.parent_code or "")
    return federations.get((parent.code, parent.level)) if parent else None


def _article_county(e: Entity, federations: dict[tuple[str | None, str | None], Entity]) -> Entity | None:
    """The only county-level federation named in an article that names the town union ``e``."""
    articles = {m.article_id for m in e.mentions}
    counties = [f for (_, level), f in federations.items() if level == "county" and any(m.article_id in articles for m in f.mentions)]
    return counties[0] if len(counties) == 1 else None


def _enterprise(e: Entity, entities: list[Entity]) -> Entity | None:
    if not e.name.endswith("工会") or e.name.endswith("总工会"):
        return None
    stem = e.name[: -len("工会")]
    return next((x for x in entities if x.type == "Enterprise" and x.name == stem), None)
