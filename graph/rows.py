"""Turn a batch of DocResults into the ``$rows`` of the write queries (pure code).

Rows of the same node or relationship coming from several pages of a batch
are merged here (aliases united, evidence concatenated without duplicates),
so each query gets one row per node or relationship.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from core.vocab import BODY_LABELS, Label, RelType
from extract.models import Article, DocResult, Entity, Relation
from extract.resources.geo import RegionInfo, region_chain
from graph.hierarchy import annotate_page_link
from graph.people import PersonKey

Row = dict[str, Any]
REL_PROPERTIES = ("title", "role", "agreement", "year", "conferred_by", "basis", "region_codes")


@dataclass
class BatchRows:
    """Everything one batch writes, grouped by query."""

    articles: list[Row] = field(default_factory=list)
    entities: dict[Label, list[Row]] = field(default_factory=dict)
    relations: dict[RelType, list[Row]] = field(default_factory=dict)
    regions: list[Row] = field(default_factory=list)
    bodies: list[Row] = field(default_factory=list)


def region_id(code: str) -> str:
    """The id of the Region node of an administrative code."""
    return f"region-{code}"


def build_rows(docs: Sequence[DocResult], people: Mapping[PersonKey, str]) -> BatchRows:
    """All rows of a batch; ``people`` maps each page's persons to their graph ids."""
    def gid(doc: str, entity_id: str) -> str:
        return people.get((doc, entity_id), entity_id)

    out = BatchRows(articles=[article_row(a) for d in docs for a in d.articles])
    entities: dict[str, Row] = {}
    labels: dict[str, Label] = {}
    for doc in docs:
        for entity in doc.entities:
            key = gid(doc.doc, entity.id)
            labels[key] = entity.type
            _merge_entity(entities, key, entity)
    for key, row in entities.items():
        out.entities.setdefault(labels[key], []).append(_finish_entity(row))
    out.bodies = [{"id": key} for key, label in labels.items() if label in BODY_LABELS]
    out.regions = region_rows(row["region_code"] for row in entities.values() if labels[row["id"]] in BODY_LABELS)
    out.relations = _relation_rows(docs, gid)
    return out


def article_row(article: Article) -> Row:
    """The row of ``write_articles``."""
    props = {
        "title": article.title, "doc": article.doc, "position": article.position, "date": article.date, "date_basis": article.date_basis,
        "source_paper": article.source_paper, "section": article.section,
        "content_hash": article.content_hash, "text": article.text, "start": article.start, "end": article.end,
    }
    return {"id": article.id, "name": article.title or f"{article.doc}#{article.position}", "props": props}


def _merge_entity(rows: dict[str, Row], key: str, entity: Entity) -> None:
    row = rows.setdefault(key, {
        "id": key, "name": entity.name, "aliases": set(), "level": None, "region_code": None, "spans": {},
    })
    row["aliases"].update(entity.aliases)
    row["level"] = row["level"] or entity.level
    row["region_code"] = row["region_code"] or entity.region_code
    for m in entity.mentions:
        row["spans"].setdefault(m.article_id, set()).add((m.start, m.end))


def _finish_entity(row: Row) -> Row:
    spans: dict[str, set[tuple[int, int]]] = row.pop("spans")
    row["aliases"] = sorted(a for a in row["aliases"] if a != row["name"])
    row["mentions"] = [
        {"article_id": aid, "spans": [f"{s}:{e}" for s, e in sorted(pairs)]} for aid, pairs in sorted(spans.items())
    ]
    return row


def region_rows(codes: Iterable[str | None]) -> list[Row]:
    """Region rows for the codes and all their ancestors, parents first."""
    seen: dict[str, RegionInfo] = {}
    for code in codes:
        if code:
            for info in region_chain(code):
                seen.setdefault(info.code, info)
    ordered = sorted(seen.values(), key=lambda r: ({"province": 0, "city": 1, "county": 2}[r.level], r.code))
    return [
        {
            "id": region_id(r.code), "code": r.code, "name": r.name,
            "aliases": [r.short] if r.short != r.name else [], "level": r.level,
            "longitude": r.longitude, "latitude": r.latitude,
            "parent_id": region_id(r.parent_code) if r.parent_code else None,
        }
        for r in ordered
    ]


def _relation_rows(docs: Sequence[DocResult], gid: Any) -> dict[RelType, list[Row]]:
    rows: dict[tuple[RelType, str, str], Row] = {}
    for doc in docs:
        dates = {a.id: a.date for a in doc.articles}
        entities = {e.id: e for e in doc.entities}
        for rel in doc.relations:
            source, target = gid(doc.doc, rel.source), gid(doc.doc, rel.target)
            if rel.type == "PARTNERED_WITH" and target < source:
                source, target = target, source
            if source == target:
                continue
            if rel.type == "PART_OF":
                basis, codes, evidence = annotate_page_link(doc, rel, entities)
                rel = rel.model_copy(update={"evidence": evidence})
            else:
                basis, codes = None, None
            conferred = gid(doc.doc, rel.conferred_by) if rel.conferred_by else None
            _merge_relation(rows, rel, source, target, conferred, dates, basis, codes)
    out: dict[RelType, list[Row]] = {}
    for (rel_type, _, _), row in rows.items():
        row.pop("seen")
        out.setdefault(rel_type, []).append(row)
    return out


def _merge_relation(
    rows: dict[tuple[RelType, str, str], Row], rel: Relation, source: str, target: str,
    conferred: str | None, dates: Mapping[str, str | None], basis: str | None = None, codes: list[str] | None = None,
) -> None:
    row = rows.setdefault((rel.type, source, target), {
        "source": source, "target": target, "evidence": [], "seen": set(), "as_of": None,
        **{p: None for p in REL_PROPERTIES},
    })
    as_of = max((d for e in rel.evidence if (d := dates.get(e.article_id))), default=None)
    new = {"title": rel.title, "role": rel.role, "agreement": rel.agreement, "year": rel.year, "conferred_by": conferred,
           "basis": basis, "region_codes": codes}
    later = as_of is not None and (row["as_of"] is None or as_of > row["as_of"])
    for prop, value in new.items():
        if row[prop] is None or (prop == "title" and later and value is not None):
            row[prop] = value if value is not None else row[prop]
    row["as_of"] = as_of if later else row["as_of"]
    for ev in rel.evidence:
        if (ev.article_id, ev.start) not in row["seen"]:
            row["seen"].add((ev.article_id, ev.start))
            row["evidence"].append({**ev.model_dump(), "as_of": dates.get(ev.article_id), "title": rel.title})
