"""Administrative divisions of China, read from the ``adcodes.csv`` that ``cpca`` ships
(plus ``data/regions_extra.csv``: units that table lacks, such as 新疆生产建设兵团).

The CSV is read directly (importing ``cpca`` would import pandas, which is
slow). Codes have 12 digits: ``PP0000000000`` is a province, ``PPCC00000000`` a
prefecture-level city, anything else a county-level unit. Short forms of the
names (无锡 for 无锡市, 梁溪 for 梁溪区) are indexed too.
"""

from __future__ import annotations

import csv
import importlib.metadata
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Literal

from extract.resources.lexicon import DATA_DIR, alternation, ethnic_groups, load_lexicon

Level = Literal["province", "city", "county"]
_ZEROS_PROVINCE = "0" * 10
_ZEROS_CITY = "0" * 8
_PSEUDO = frozenset({"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"})
_LEVEL_RANK = {"province": 0, "city": 1, "county": 2}
_COUNTY_SUFFIXES = ("县", "区", "市")  # 县改区, 县改市, 市改区: the table may predate a renaming


@dataclass(frozen=True)
class RegionInfo:
    """One administrative unit with its parent's code."""

    code: str
    name: str
    level: Level
    parent_code: str | None
    longitude: float | None
    latitude: float | None

    @cached_property
    def short(self) -> str:
        """The name without its administrative suffix (无锡市 → 无锡; worked out once)."""
        return short_name(self.name)


def adcodes_path() -> Path:
    """Where the installed ``cpca`` wheel keeps its division table."""
    located = importlib.metadata.distribution("cpca").locate_file("cpca/resources/adcodes.csv")
    return Path(str(located))


def level_of(code: str) -> Level:
    """The level a 12-digit code encodes."""
    if code[2:] == _ZEROS_PROVINCE:
        return "province"
    return "city" if code[4:] == _ZEROS_CITY else "county"


def short_name(name: str) -> str:
    """Strip the longest administrative suffix, keeping at least two characters."""
    for suffix in load_lexicon().place_suffixes:
        stem = name[: -len(suffix)]
        if name.endswith(suffix) and len(stem) >= 2:
            return _strip_ethnic(stem)
    return name


def _strip_ethnic(stem: str) -> str:
    """广西壮族 → 广西: drop an ethnic group name left before 自治区."""
    for marker in ("壮族", "回族", "维吾尔", "藏族", "蒙古族"):
        if stem.endswith(marker) and len(stem) > len(marker) + 1:
            return stem[: -len(marker)]
    return stem


def _prefecture_short(name: str) -> tuple[str, ...]:
    """延边朝鲜族自治州 → 延边, 延边州: an autonomous prefecture without its ethnic groups."""
    if not name.endswith("自治州"):
        return ()
    stem = _ethnic_run().sub("", name[: -len("自治州")])
    return (stem, stem + "州") if len(stem) >= 2 else ()


@lru_cache(maxsize=1)
def _ethnic_run() -> re.Pattern[str]:
    """One or more ethnic-group names with 族 at the end of a stem (朝鲜族, 土家族苗族)."""
    return re.compile(rf"(?:(?:{alternation(ethnic_groups())})族)+$")


def _float(value: str) -> float | None:
    try:
        return float(value)
    except ValueError:
        return None


class Gazetteer:
    """Regions by code and by name (full and short)."""

    def __init__(self, rows: list[tuple[str, str, str, str]], aliases: dict[str, list[str]] | None = None) -> None:
        codes = {row[0] for row in rows}
        self.by_code: dict[str, RegionInfo] = {}
        self.by_name: dict[str, list[RegionInfo]] = {}
        self._sorted: dict[str, tuple[RegionInfo, ...]] = {}
        self._above: dict[str, frozenset[str]] = {}
        for code, name, lon, lat in rows:
            info = RegionInfo(code, name, level_of(code), _parent(code, codes), _float(lon), _float(lat))
            self.by_code[code] = info
            for key in {name, info.short, *_prefecture_short(name), *(aliases or {}).get(code, [])}:
                self.by_name.setdefault(key, []).append(info)
        self.renamed: dict[str, tuple[str, ...]] = {}
        swaps = [(alt, info) for info in self.by_code.values() for alt in _suffix_swaps(info)]
        for alt, info in swaps:
            if alt not in self.by_name or all(r.code in self.renamed for r in self.by_name[alt]):
                self.by_name.setdefault(alt, []).append(info)
                self.renamed[info.code] = (*self.renamed.get(info.code, ()), alt)

    def full_forms(self, code: str) -> tuple[str, ...]:
        """The unit's full name, then the forms with another county-level suffix (凤翔县: 凤翔区, 凤翔市)."""
        info = self.by_code.get(code)
        return ((info.name,) if info else ()) + self.renamed.get(code, ())

    def is_full(self, name: str, region: RegionInfo) -> bool:
        """True when ``name`` writes ``region`` in full (its name, or a renamed form of a county)."""
        return name == region.name or name in self.renamed.get(region.code, ())

    def lookup(self, name: str) -> list[RegionInfo]:
        """Regions whose full or short name is ``name``, highest level first (sorted once, cached)."""
        return list(self.regions(name))

    def regions(self, name: str) -> tuple[RegionInfo, ...]:
        """:meth:`lookup` without the copy (the cached tuple itself)."""
        regions = self._sorted.get(name)
        if regions is None:
            regions = tuple(sorted(self.by_name.get(name, ()), key=lambda r: (_LEVEL_RANK[r.level], r.code)))
            if regions:
                self._sorted[name] = regions
        return regions

    def ancestors(self, code: str) -> frozenset[str]:
        """Codes of the region's ancestors up to the province (:meth:`chain` without the region; cached)."""
        above = self._above.get(code)
        if above is None:
            above = self._above[code] = frozenset(a.code for a in self.chain(code)[1:])
        return above

    def chain(self, code: str) -> list[RegionInfo]:
        """The region and its ancestors, nearest first, up to the province."""
        out: list[RegionInfo] = []
        current = self.by_code.get(code)
        while current is not None:
            out.append(current)
            current = self.by_code.get(current.parent_code) if current.parent_code else None
        return out

    def names(self) -> list[str]:
        """Every full and short name (for building automata)."""
        return list(self.by_name)


def _suffix_swaps(info: RegionInfo) -> tuple[str, ...]:
    """A county-level unit's name with the other county-level suffixes (stems of two characters or more)."""
    stem, suffix = info.name[:-1], info.name[-1:]
    if info.level != "county" or suffix not in _COUNTY_SUFFIXES or len(stem) < 2:
        return ()
    return tuple(stem + other for other in _COUNTY_SUFFIXES if other != suffix)


def _parent(code: str, codes: set[str]) -> str | None:
    level = level_of(code)
    if level == "province":
        return None
    city = code[:4] + _ZEROS_CITY
    if level == "county" and city in codes:
        return city
    return code[:2] + _ZEROS_PROVINCE


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer, read once."""
    with adcodes_path().open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        next(reader)
        rows = [(r[0], r[1], r[2], r[3]) for r in reader if len(r) >= 4 and r[1] not in _PSEUDO]
    with (DATA_DIR / "regions_extra.csv").open(encoding="utf-8", newline="") as handle:
        extra = list(csv.DictReader(handle))
    rows += [(r["code"], r["name"], "", "") for r in extra]
    return Gazetteer(rows, {r["code"]: r["aliases"].split("|") for r in extra})


def region_chain(code: str) -> list[RegionInfo]:
    """The region with this code and its ancestors up to the province ([] if unknown)."""
    return gazetteer().chain(code)


def lookup_region(name: str) -> list[RegionInfo]:
    """Regions named ``name`` (full name like 无锡市 or short name like 无锡)."""
    return gazetteer().lookup(name)
