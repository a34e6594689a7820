"""Turn resolved page mentions and sentence relations into the contract's entities and relations."""

from __future__ import annotations

import re
from collections import Counter

from core.vocab import RelType
from extract.assemble.ids import entity_id
from extract.assemble.partof import level_of, part_of_links
from extract.models import Article, Entity, Evidence, Mention, Relation
from extract.resolve import PageMention, SentenceRecord
from extract.text.spans import Found, clean_name

MAX_EVIDENCE = 5

# a bare level and suffix (总工会, 省总, 区政府): it names no one body, so it is never an alias (gold/REVIEW rule 4)
_BARE_FORM = re.compile(r"(?:[全本该各]?(?:自治区|省|市|州|县|区|街道|镇|乡))?(?:总工会|工会|总|人民政府|政府|党委|委)")


def build_entities(mentions: list[PageMention], articles: list[Article]) -> dict[tuple[str, str], Entity]:
    """One entity per (label, canonical name), with aliases and mention spans."""
    out: dict[tuple[str, str], Entity] = {}
    spans: set[tuple[str, str, int, int]] = set()  # (label, name, start, end): a span is listed once
    merge_programmes(mentions)
    merge_declared_forms(mentions)
    for m in mentions:
        key = (m.label, m.name)
        entity = out.get(key)
        if entity is None:
            entity = out[key] = Entity(id=entity_id(m.label, m.name), type=m.label, name=m.name, region_code=m.region_code)
        surface = clean_name(m.found.text)
        for alias in ([surface] if m.alias_ok else []) + m.extra_aliases + found_aliases(m.found):
            if alias != m.name and alias not in entity.aliases and not _BARE_FORM.fullmatch(alias):
                entity.aliases.append(alias)
        if not entity.region_code and m.region_code:  # (pydantic attribute writes are not free)
            entity.region_code = m.region_code
        if (m.label, m.name, m.start, m.end) not in spans:  # a mention copied to another sentence (a cross-sentence relation's end)
            spans.add((m.label, m.name, m.start, m.end))
            entity.mentions.append(Mention(article_id=articles[m.article].id, text=m.found.text, start=m.start, end=m.end))
    for entity in out.values():
        if entity.type == "Union":  # others keep the default None
            entity.level = level_of(entity)
    return out


def found_aliases(found: Found) -> list[str]:
    """Names a mention supports besides its text: a programme's quoted core and listed forms."""
    extra = [found.props.get("core", "")] + found.props.get("aliases", "").split("|")
    return [clean_name(a) for a in extra if a]


def merge_programmes(mentions: list[PageMention]) -> None:
    """Programme mentions of a page sharing a name or a quoted core are one programme (the first named)."""
    owner: dict[str, str] = {}
    for m in mentions:
        if m.label != "Programme":
            continue
        keys = [m.name] + found_aliases(m.found)
        name = next((owner[k] for k in keys if k in owner), m.name)
        for k in keys:
            owner.setdefault(k, name)
        if name != m.name:
            m.extra_aliases.append(m.name)
            m.name = name


def merge_declared_forms(mentions: list[PageMention]) -> None:
    """A body named by a short form that another mention of the page declares for itself
    (某公司工会 with 广东电信工会 among its forms, then 广东电信工会 alone) is that body: one node."""
    owner: dict[tuple[str, str], str] = {}
    for m in mentions:
        if m.label != "Programme":
            for alias in found_aliases(m.found):
                if alias != m.name:
                    owner.setdefault((m.label, alias), m.name)
    for m in mentions:
        name = owner.get((m.label, m.name))
        if name is not None and name != m.name:
            m.extra_aliases.append(m.name)
            m.name = name


def subject_unions(mentions: list[PageMention], n_articles: int) -> list[PageMention | None]:
    """Each article's subject union: its most frequent union, the earliest on ties."""
    out: list[PageMention | None] = []
    for a in range(n_articles):
        unions = [m for m in mentions if m.article == a and m.label == "Union" and m.alias_ok]
        counts = Counter(m.name for m in unions)
        best = max(unions, key=lambda m: (counts[m.name], -m.start), default=None)
        out.append(best)
    return out


class RelationBuilder:
    """Collects relations with evidence, one per (type, ends)."""

    def __init__(self, entities: dict[tuple[str, str], Entity], articles: list[Article]) -> None:
        self.entities, self.articles = entities, articles
        self.relations: dict[tuple[str, str, str], Relation] = {}

    def entity(self, m: PageMention | None) -> Entity | None:
        return self.entities.get((m.label, m.name)) if m is not None else None

    def add(self, rtype: RelType, src: Entity, tgt: Entity, props: dict[str, str], evidence: Evidence | None) -> None:
        if src.id == tgt.id:
            return
        ends = sorted((src.id, tgt.id)) if rtype == "PARTNERED_WITH" else [src.id, tgt.id]
        key = (rtype, ends[0], ends[1])
        rel = self.relations.get(key)
        if rel is None:
            rel = self.relations[key] = Relation(type=rtype, source=src.id, target=tgt.id)
        for name, value in props.items():
            if value and getattr(rel, name, None) is None:
                setattr(rel, name, int(value) if name == "year" else value)
        if evidence is not None and len(rel.evidence) < MAX_EVIDENCE and evidence not in rel.evidence:
            rel.evidence.append(evidence)

    def evidence(self, record: SentenceRecord) -> Evidence:
        s = record.sentence
        return Evidence(article_id=self.articles[record.article].id, sentence=s.text, start=s.start, end=s.end)

    def add_part_of(self) -> None:
        for child, parent in part_of_links(list(self.entities.values())):
            self.add("PART_OF", child, parent, {}, None)
