"""Resolve mentions to canonical names within a page.

* fixed abbreviations (全总 → 中华全国总工会) and place abbreviations
  (贵州省总 → 贵州省总工会, 福建工会 → 福建省总工会);
* bare level forms (市总工会, 县经发局, 省总) take the article's place of
  that level (沛县 → 沛县经发局);
* unions and government/party bodies take the fullest place prefix the
  article gives (镇海区总工会 with 宁波 in the article → 宁波市镇海区总工会);
* a name that ends another name of the same label in the page is that body
  (月牙湖街道总工会 → 南京市秦淮区月牙湖街道总工会; a bare 街道总工会 → the
  one named before it in the article).
Bare generic forms are never kept as aliases (gold/REVIEW rule 4).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from core.vocab import Label
from extract.recognise.places import ArticlePlaces
from extract.relate.base import Rel
from extract.resources.geo import RegionInfo, gazetteer
from extract.resources.lexicon import Lexicon, alternation
from extract.text.fold import fold
from extract.text.spans import Found, clean_name, place_chain_prefix
from extract.text.split import Sentence

_PLACE_LEVEL = {"省": "province", "自治区": "province", "市": "city", "州": "city", "县": "county", "区": "county"}
_LEVEL_HEAD = re.compile(r"^(自治区|省|市|州|县|区)")
_COMPLETED = frozenset({"Union", "Organisation"})
# a bare party committee or government (区委, 市政府, 县委县政府) with no place written stays out (REVIEW rule 2)
_BARE_AUTHORITY = re.compile(r"^(?:[省市州县区]委)?(?:[省市州县区](?:人民)?政府)?$")
_PEOPLES = "人民"


@dataclass
class PageMention:
    """A mention placed in its page: article, offsets into the page text, resolved name."""

    found: Found
    article: int
    sentence: int
    start: int
    end: int
    name: str = ""
    region_code: str | None = None
    alias_ok: bool = True
    owned: bool = False  # a generic form completed from an enterprise's name, not a place
    extra_aliases: list[str] = field(default_factory=list)

    @property
    def label(self) -> Label:
        return self.found.label


class Resolver:
    """Canonical names for the mentions of one page."""

    def __init__(self, lex: Lexicon) -> None:
        self.abbreviations = lex.abbreviations
        self.ent_suffixes = lex.get("ent_suffix")
        self.short_suffixes = {short: lex.target("short_suffix", short) for short in lex.get("short_suffix")}
        self._ent_suffix = re.compile(alternation(self.ent_suffixes))

    def resolve(self, mentions: list[PageMention], places: list[ArticlePlaces]) -> list[PageMention]:
        """Set ``name`` (and ``region_code``) on each mention; drop the unresolvable."""
        enterprises = _enterprise_names(mentions)
        kept = [m for m in mentions if self._canonical(m, places[m.article], enterprises.get(m.article, []))]
        unplaced = {id(m): m.name for m in kept if m.found.props.get("generic") and m.region_code is None and not m.owned}
        self._expand_short_suffixes(kept)
        merge_place_forms(kept)
        merge_suffixes(kept)
        merge_peoples_forms(kept)
        return [m for m in kept if unplaced.get(id(m)) != m.name]

    def _canonical(self, m: PageMention, ctx: ArticlePlaces, enterprises: list[str]) -> bool:
        name = fold(clean_name(m.found.props.get("name", m.found.text)))
        name = self.abbreviations.get(name, name)
        if m.found.props.get("abbrev"):
            name += "工会"
        if m.label == "Union" and name.endswith("工会委员会"):
            name = name[: -len("委员会")]  # the committee form names the union itself
        m.name = name
        if m.found.props.get("anaphor"):
            m.alias_ok = False  # 公司工会 standing for a named company's union: never an alias
        if m.found.props.get("generic"):
            m.alias_ok = False
            return self._of_enterprise(m, enterprises) or self._from_context(m, ctx)
        if m.label in _COMPLETED:
            return self._complete_place(m, ctx)
        return True

    def _expand_short_suffixes(self, kept: list[PageMention]) -> None:
        """区人社局 where the page also names 区人力资源和社会保障局: the same department, under its full name."""
        for m in kept:
            short = next((s for s in self.short_suffixes if m.name.endswith(s)), None)
            full = m.name[: -len(short)] + self.short_suffixes[short] if short else ""
            if full and any(o.label == m.label and (o.name.endswith(full) or full.endswith(o.name)) for o in kept if o is not m):
                m.name = full  # merge_suffixes then joins the forms that differ in their place prefix

    def _of_enterprise(self, m: PageMention, enterprises: list[str]) -> bool:
        """省分行党委 after 邮储银行浙江省分行: the enterprise's own committee (its full name + suffix)."""
        suffix = m.found.props.get("suffix", "")
        stem = m.name[: -len(suffix)] if suffix and m.name.endswith(suffix) else ""
        if m.label != "Organisation" or len(stem) < 2 or not stem.endswith(self.ent_suffixes):
            return False
        owners = [e for e in enterprises if e.endswith(stem) and len(e) > len(stem)]
        if not owners:
            return False
        owner = max(owners, key=len)
        m.name, m.owned = owner + suffix, True
        return True

    def _from_context(self, m: PageMention, ctx: ArticlePlaces) -> bool:
        head = _LEVEL_HEAD.match(m.name)
        if head is None:
            return True  # 街道总工会 and the like: merged with the body named before it
        if m.label == "Organisation" and _BARE_AUTHORITY.match(m.name):
            return False
        level = _PLACE_LEVEL[head.group(1)]
        at = m.start - m.found.props.get("anchor_back", 0)  # a listed department: where its list starts
        region = ctx.nearest_before(level, at) or ctx.at_level(level)
        if region is None and level == "city":
            region = _municipality(ctx.nearest_before("province", at) or ctx.at_level("province"))
        if region is None:
            return False
        rest = m.name[len(head.group(1)) :]
        if m.label == "Union" and rest == "工会":
            rest = "总工会"  # 自治区工会, 省工会: the federation of that place
        m.name = ctx.fullest_prefix(region) + rest
        m.region_code = region.code
        return True

    def _complete_place(self, m: PageMention, ctx: ArticlePlaces) -> bool:
        """Complete the place prefix; False drops a bare short place + 工会 the article does not support."""
        region, used, surface, links = _walk_chain(place_chain_prefix(m.name), ctx)
        rest = m.name[used:]
        if region is None or self._ent_suffix.search(rest):
            return True  # an enterprise's union or party committee keeps the enterprise's name
        bare = rest in ("工会", "总工会")
        if surface != region.name and region.code not in ctx.codes:
            return not (bare and links == 1)  # 新建工会: a word, not 新建区's union
        if surface != region.name and not bare and links == 1:
            return True
        if rest == "工会" and m.label == "Union":
            rest = "总工会"
        m.name = ctx.fullest_prefix(region) + rest
        m.region_code = region.code
        return True


def _municipality(region: RegionInfo | None) -> RegionInfo | None:
    """天津市, 北京市: a city at the level of a province (市总工会 there is the municipality's)."""
    return region if region is not None and region.name.endswith("市") else None


def merge_place_forms(mentions: list[PageMention]) -> None:
    """西安高新区总工会 where the page also names 西安市高新区总工会: the short place form of the same body."""
    names = {(m.label, m.name) for m in mentions}
    for m in mentions:
        chain = place_chain_prefix(m.name)
        if not chain:
            continue
        surface, regions = chain[0]
        rest = m.name[len(surface) :]
        full = next((r.name + rest for r in regions if r.name != surface and (m.label, r.name + rest) in names), None)
        if full is not None:
            m.name = full


def merge_suffixes(mentions: list[PageMention]) -> None:
    """A name that ends a longer name of the same label is that body (nearest before first)."""
    by_label: dict[str, list[PageMention]] = {}
    for m in mentions:
        by_label.setdefault(m.label, []).append(m)
    for group in by_label.values():
        names = {m.name for m in group}
        longest = _longest_ending(names)
        ends_other = {n for n in names if any(longest.get(f, 0) > len(n) for f in _forms(n))}
        for m in group:
            target = _longer_ending(m, group) if m.name in ends_other else None
            if target:
                m.region_code = m.region_code or target.region_code
                m.name = target.name


def merge_peoples_forms(mentions: list[PageMention]) -> None:
    """沛县法院 and 沛县人民法院 (市政府 / 市人民政府) are one body, named by the fuller form."""
    names = {m.name for m in mentions if m.label == "Organisation" and _PEOPLES in m.name}
    full = {n.replace(_PEOPLES, "", 1): n for n in names}
    for m in mentions:
        if m.label == "Organisation" and m.name in full:
            m.name = full[m.name]


def _enterprise_names(mentions: list[PageMention]) -> dict[int, list[str]]:
    """Per article, the enterprise names in text order (before resolution: their written names)."""
    out: dict[int, list[str]] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if m.label == "Enterprise":
            out.setdefault(m.article, []).append(fold(clean_name(m.found.props.get("name", m.found.text))))
    return out


def _longest_ending(names: set[str]) -> dict[str, int]:
    """Every ending of every name (the name itself too) → the length of the longest name it ends:
    ``o.endswith(x) and len(o) > k`` for some name ``o`` reads ``longest.get(x, 0) > k``."""
    out: dict[str, int] = {}
    for name in names:
        for k in range(len(name)):
            if out.get(name[k:], 0) < len(name):
                out[name[k:]] = len(name)
    return out


def _forms(name: str) -> tuple[str, ...]:
    """The endings a longer name of the same body may have (…总工会 also as …工会)."""
    return (name, name.replace("总工会", "工会")) if name.endswith("总工会") else (name,)


def _longer_ending(m: PageMention, group: list[PageMention]) -> PageMention | None:
    if len(m.name) < 3:
        return None
    forms = _forms(m.name)
    longer = [o for o in group if len(o.name) > len(m.name) and o.name.endswith(forms)]
    if not longer:
        return None
    before = [o for o in longer if o.article == m.article and o.start < m.start]
    pool = before or [o for o in longer if o.article == m.article] or longer
    best = max(pool, key=lambda o: (len(o.name), -abs(o.start - m.start)))
    return best if len({o.name for o in longer}) == 1 or before or m.article == best.article else None


def _walk_chain(chain: list[tuple[str, list[RegionInfo]]], ctx: ArticlePlaces) -> tuple[RegionInfo | None, int, str, int]:
    """(deepest region, characters used, its surface, links) along a chain of places each inside the one
    before (成都市武侯区|玉林街道: 玉林市 is not in 武侯区, so the chain stops at 武侯区)."""
    region: RegionInfo | None = None
    used, surface, links = 0, "", 0
    for text, regions in chain:
        if region is not None:
            above = region.code
            regions = [r for r in regions if above in gazetteer().ancestors(r.code)]
        pick = ctx.pick(regions)
        if pick is None:
            break
        region, used, surface, links = pick, used + len(text), text, links + 1
    return region, used, surface, links


def region_of(regions: list[RegionInfo], code: str | None) -> RegionInfo | None:
    """The region with ``code`` among ``regions``."""
    return next((r for r in regions if r.code == code), None)


@dataclass
class SentenceRecord:
    """One sentence with its mentions (None where resolution dropped one) and relation candidates."""

    article: int
    sentence: Sentence
    mentions: list[PageMention | None]
    relations: list[Rel]

    def add_mentions(self, added: list[Found]) -> bool:
        """Add mentions found later (offsets into the sentence) in text order; False when there is none."""
        if not added:
            return False
        mentions: list[PageMention] = [m for m in self.mentions if m is not None]
        start = self.sentence.start
        mentions += [PageMention(f, self.article, 0, start + f.start, start + f.end) for f in added]
        mentions.sort(key=lambda m: (m.found.start, -m.found.end))
        self.mentions = list[PageMention | None](mentions)
        return True

    def add_free_mentions(self, candidates: list[Found]) -> bool:
        """Add the candidates that overlap no mention the sentence has (nor one added before them);
        False when none is added."""
        if not candidates:
            return False
        taken = [(m.found.start, m.found.end) for m in self.mentions if m is not None]
        added: list[Found] = []
        for f in candidates:
            if not any(s < f.end and f.start < e for s, e in taken):
                added.append(f)
                taken.append((f.start, f.end))
        return self.add_mentions(added)
