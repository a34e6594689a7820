"""Matching spreadsheet names to graph ids: the scoring behind ``/reconcile``.

One reconciliation query (W3C Entity Reconciliation API 0.2, the protocol
OpenRefine speaks) gives a name, optionally types and property values. The
candidates come from the full-text index (named query
``reconcile_candidates``); each is scored here, 0–100:

- the name: 100 when the query is the candidate's name or one of its aliases
  (after removing spaces and quotation marks), or one of them with or without
  a place prefix that names the entity's own regions (梁溪区总工会 for
  无锡市梁溪区总工会, as the graph's own names treat it), else 99 × the best
  :class:`difflib.SequenceMatcher` ratio between the query and a name or alias;
- each property value given: one that does not match multiplies the score by 0.7
  (``region``: a region the entity lies in, by name, alias or code;
  ``organisation``: a body it is linked to, by name or id; ``level``: a
  union's level).

``match`` is true for the one candidate whose name matches exactly and whose
properties all match, when no other candidate does as well: OpenRefine then
accepts it without asking.
"""

from __future__ import annotations

import difflib
import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from api.routers.search import lucene_escape
from graph.client import Graph

TYPES = {
    "Union": "Union (工会)", "Person": "Person (人物)", "Enterprise": "Enterprise (企业)",
    "Organisation": "Organisation (机构)", "Programme": "Programme (项目)", "Award": "Award (荣誉)",
    "Region": "Region (地区)",
}
PROPERTIES = {
    "region": "Region: a province, city or county the entity lies in (name, short name or 12-digit code)",
    "organisation": "Organisation: a body a person leads or works at, a programme's host, a union's parent (name or id)",
    "level": "Level of a union: national, province, city, county, township, industry, enterprise …",
}
POOL = 50  # candidates read from the index per query, before scoring
DEFAULT_LIMIT = 5
MISMATCH = 0.7  # a wrong property costs less than a different name (a 6-of-9 character name scores 66)
_NOISE = re.compile(r"[\s\"'“”‘’「」『』]")


class TypeRef(BaseModel):
    id: str
    name: str


class PropertyValue(BaseModel):
    """A property of the query: ``pid`` and one value or a list (strings, numbers, or reconciled ``{id, name}``)."""

    pid: str
    v: Any


class Query(BaseModel):
    """One reconciliation query."""

    model_config = ConfigDict(extra="ignore")

    query: str = ""
    type: str | list[str] | None = None
    limit: int | None = Field(default=None, ge=1, le=100)
    properties: list[PropertyValue] = Field(default_factory=list)
    type_strict: Literal["any", "should", "all"] | None = None


class Feature(BaseModel):
    id: str
    value: bool | float


class Candidate(BaseModel):
    """One candidate: id, name, description, type, score (0–100), match, and the features scored."""

    id: str
    name: str
    description: str
    type: list[TypeRef]
    score: float
    match: bool
    features: list[Feature]


def normalise(text: str) -> str:
    """A name as compared: no spaces, no quotation marks."""
    return _NOISE.sub("", text)


def describe(row: dict[str, Any]) -> str:
    """One line telling namesakes apart: label, level, regions, linked bodies."""
    regions = " ".join(r["name"] for r in reversed(row["regions"]))
    bodies = "; ".join(f"{b['title']} {b['name']}" if b.get("title") else b["name"] for b in row["bodies"][:3])
    return " · ".join(p for p in (row["label"], row.get("level") or "", regions, bodies) if p)


def _values(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    return [normalise(str(v.get("id") or v.get("name") if isinstance(v, dict) else v)) for v in items if v is not None]


def _property_matches(pid: str, wanted: list[str], row: dict[str, Any]) -> bool:
    if pid == "region":
        known = {normalise(x) for r in row["regions"] for x in [r["name"], r["code"], r["code"][:6], *r["aliases"]]}
    elif pid == "organisation":
        known = {normalise(x) for b in row["bodies"] for x in (b["id"], b["name"])}
    elif pid == "level":
        known = {row.get("level") or ""}
    else:
        return False
    return any(w in known for w in wanted if w)


def _place_prefix(prefix: str, row: dict[str, Any]) -> bool:
    """True when ``prefix`` is made of the entity's own region names (无锡市, 江苏省无锡市, 无锡 …)."""
    places = sorted({normalise(x) for r in row["regions"] for x in [r["name"], *r["aliases"]] if x}, key=len, reverse=True)
    while prefix:
        place = next((p for p in places if prefix.startswith(p)), None)
        if place is None:
            return False
        prefix = prefix[len(place):]
    return True


def _name_score(text: str, row: dict[str, Any]) -> float:
    names = [normalise(n) for n in [row["name"], *row["aliases"]]]
    if text in names:
        return 100.0
    for name in names:  # the same body with or without its place prefix (宁波市镇海区总工会, 镇海区总工会)
        longer, shorter = (name, text) if len(name) > len(text) else (text, name)
        if len(shorter) >= 2 and longer.endswith(shorter) and _place_prefix(longer[: -len(shorter)], row):
            return 100.0
    return round(99 * max(difflib.SequenceMatcher(None, text, n).ratio() for n in names), 1)


def score(query: Query, row: dict[str, Any]) -> Candidate:
    """Score one candidate row against the query."""
    name = _name_score(normalise(query.query), row)
    features = [Feature(id="name", value=name / 100)]
    total = name
    for prop in query.properties:
        matched = _property_matches(prop.pid, _values(prop.v), row)
        features.append(Feature(id=prop.pid, value=matched))
        total *= 1.0 if matched else MISMATCH
    return Candidate(id=row["id"], name=row["name"], description=describe(row),
                     type=[TypeRef(id=row["label"], name=TYPES[row["label"]])], score=round(total, 1),
                     match=False, features=features)


def _labels(query: Query) -> list[str] | None:
    asked = [query.type] if isinstance(query.type, str) else query.type
    return [t for t in asked if t in TYPES] if asked else None


def reconcile(graph: Graph, query: Query) -> list[Candidate]:
    """The best candidates for ``query``, best first; ``match`` set on a sure one."""
    labels = _labels(query)
    text = normalise(query.query)
    if not re.search(r"\w", text) or labels == []:
        return []
    params = {"query": lucene_escape(text), "text": text, "labels": labels, "limit": POOL}
    candidates = [score(query, row) for row in graph.run("reconcile_candidates", params).rows]
    candidates.sort(key=lambda c: (-c.score, c.name, c.id))
    if candidates and candidates[0].score == 100 and (len(candidates) == 1 or candidates[1].score < 100):
        candidates[0].match = True
    return candidates[: query.limit or DEFAULT_LIMIT]
