"""Reading the graph out for bulk exports, in pages, memory bounded.

Nodes are read label by label and relationships type by type, each in pages
of ``batch`` rows by keyset paging on the unique ``id`` index (named queries
``export_nodes`` and ``export_relationships``): one short read transaction a
page, whatever the graph's size, and only one page in memory at a time. The
writers of :mod:`graph.export_formats` turn the pages into CSV, GraphML or
JSON Lines. Researchers' review decisions (POST /review) are read apart from
the extracted data: rejected entities and relationships are left out, edges
say whether they are ``confirmed`` and nodes which entity they were
``merged_into``.

An export is not a snapshot: a write committed while it runs may show in the
pages read after it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from core.errors import BadParameter, parameter
from core.vocab import GRAPH_LABELS, GRAPH_REL_TYPES
from graph.client import Graph

LABELS = GRAPH_LABELS
TYPES = GRAPH_REL_TYPES
NODE_FIELDS = ("id", "name", "aliases")
EXPORT_TIMEOUT = 120.0  # seconds a page may take (one page, not the whole export)

ValueType = Literal["string", "long", "double", "boolean", "json"]


@dataclass(frozen=True)
class Selection:
    """What to export: labels, relationship types, and ``since`` (article date)."""

    labels: tuple[str, ...] = LABELS
    types: tuple[str, ...] = TYPES
    since: dt.date | None = None

    def __post_init__(self) -> None:
        for value, known, what in ((self.labels, LABELS, "label"), (self.types, TYPES, "type")):
            unknown = sorted(set(value) - set(known))
            if unknown:
                message = f"unknown {what} {', '.join(unknown)}; known: {', '.join(known)}"
                raise BadParameter(message, parameter(what, "query", message, known=list(known)))


@dataclass(frozen=True)
class Node:
    """One node: id, label, name, aliases, and its other properties."""

    id: str
    label: str
    name: str
    aliases: list[str]
    properties: dict[str, Any]
    merged_into: str | None = None
    """The entity a researcher merged this one into (POST /review), if any."""


@dataclass(frozen=True)
class End:
    """One end of a relationship."""

    id: str
    label: str
    name: str


@dataclass(frozen=True)
class Evidence:
    """One sentence a relationship was read from, with its article."""

    article_id: str
    article_title: str | None
    article_date: str | None
    source_paper: str | None
    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class Relationship:
    """One relationship: type, ends, properties (evidence lists apart) and evidence."""

    type: str
    source: End
    target: End
    properties: dict[str, Any]
    evidence: list[Evidence] = field(default_factory=list)
    confirmed: bool = False
    """A researcher confirmed it (POST /review); rejected ones are never exported."""


@dataclass(frozen=True)
class Schema:
    """Property keys and their value types, per label and per relationship type."""

    nodes: dict[str, dict[str, ValueType]]
    relationships: dict[str, dict[str, ValueType]]


def _value_type(neo4j_types: list[str]) -> ValueType:
    """One export type for the Cypher value types (``valueType``) a key holds."""
    kinds = {t.removesuffix(" NOT NULL") for t in neo4j_types if t != "NULL"}
    if any(k.startswith("LIST") or k.startswith("MAP") for k in kinds):
        return "json"
    simple: dict[str, ValueType] = {"STRING": "string", "INTEGER": "long", "FLOAT": "double", "BOOLEAN": "boolean"}
    found = {simple.get(k, "string") for k in kinds}
    return found.pop() if len(found) == 1 else "string"


def read_schema(graph: Graph, selection: Selection) -> Schema:
    """The property keys (and value types) of the selected labels and types."""
    rows = graph.run("export_property_keys", {"labels": list(selection.labels), "types": list(selection.types)},
                     row_cap=100_000, timeout=EXPORT_TIMEOUT).rows
    schema = Schema({label: {} for label in selection.labels}, {t: {} for t in selection.types})
    for row in rows:
        part = schema.nodes if row["kind"] == "node" else schema.relationships
        part.setdefault(row["scope"], {})[row["key"]] = _value_type(row["types"])
    return schema


def count(graph: Graph, selection: Selection) -> int:
    """Nodes of the selected labels plus relationships of the selected types (from the count store)."""
    labels = sum(r["count"] for r in graph.run("stats_labels").rows if r["label"] in selection.labels)
    types = sum(r["count"] for r in graph.run("stats_relationships").rows if r["type"] in selection.types)
    return int(labels + types)


Progress = Callable[[int], None]


def _pages(graph: Graph, query: str, params: dict[str, Any], batch: int, progress: Progress | None
           ) -> Iterator[list[dict[str, Any]]]:
    """The ``items`` of each page of a keyset-paged export query."""
    after = ""
    while True:
        row = graph.run(query, {**params, "after": after, "limit": batch}, timeout=EXPORT_TIMEOUT).rows[0]
        if progress is not None:
            progress(row["scanned"] if query == "export_nodes" else len(row["items"]))
        if row["items"]:
            yield row["items"]
        if row["scanned"] < batch:
            return
        after = row["cursor"]


def _since(selection: Selection) -> str | None:
    return selection.since.isoformat() if selection.since else None


def iter_nodes(graph: Graph, label: str, selection: Selection, *, batch: int = 1000,
               progress: Progress | None = None) -> Iterator[list[Node]]:
    """Pages of ``label``'s nodes, by id."""
    params = {"label": label, "since": _since(selection)}
    for items in _pages(graph, "export_nodes", params, batch, progress):
        yield [Node(i["id"], i["label"], i["name"], list(i["aliases"]),
                    {k: v for k, v in i["properties"].items() if k not in NODE_FIELDS}, i["merged_into"]) for i in items]


def _relationship(item: dict[str, Any]) -> Relationship:
    props = {k: v for k, v in item["properties"].items() if not k.startswith("evidence_")}
    return Relationship(item["type"], End(**item["source"]), End(**item["target"]), props,
                        [Evidence(**e) for e in item["evidence"]], bool(item["confirmed"]))


def iter_relationships(graph: Graph, rel_type: str, selection: Selection, *, batch: int = 500,
                       progress: Progress | None = None) -> Iterator[list[Relationship]]:
    """Pages of the ``rel_type`` relationships, by source label, source id and target id."""
    for label in LABELS:
        params = {"label": label, "type": rel_type, "since": _since(selection)}
        for items in _pages(graph, "export_relationships", params, batch, progress):
            yield [_relationship(i) for i in items]
