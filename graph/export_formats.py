"""The export formats: CSV, GraphML and JSON Lines, written as a stream.

Each writer is a generator of ``(member, chunk)`` pairs: ``member`` names the
file the bytes belong to (CSV writes one file per label and per type; the
other formats one file) and ``chunk`` is the encoded text of one page read
from :mod:`graph.export`. Callers write the chunks to files, to a zip, or to
an HTTP response; nothing holds more than one page.

- CSV (:mod:`csv`, UTF-8 with a byte-order mark so spreadsheets see the
  encoding; ``pandas.read_csv`` needs no options): ``nodes_<Label>.csv`` with
  id, name, aliases, the label's properties and ``merged_into``;
  ``edges_<TYPE>.csv`` with the ends, the properties, ``confirmed``, and one row per evidence item (article id, title,
  date, source paper, sentence and its span). List values are JSON arrays.
- GraphML (:class:`xml.sax.saxutils.XMLGenerator`, the standard library's
  streaming XML writer): one directed graph; ``label`` is the name (the
  caption Gephi shows), ``type`` the node label or relationship type;
  evidence is a JSON array; PARTNERED_WITH (undirected) says ``undirected``.
- JSON Lines: one object a node (``kind: node``) and a relationship
  (``kind: relationship``, with its full evidence).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from dataclasses import asdict
from typing import Any, Literal
from xml.sax.saxutils import XMLGenerator
from xml.sax.xmlreader import AttributesImpl

from graph.client import Graph
from graph.export import (
    Node,
    Progress,
    Relationship,
    Schema,
    Selection,
    ValueType,
    iter_nodes,
    iter_relationships,
    read_schema,
)

Format = Literal["csv", "graphml", "jsonl"]
Chunks = Iterator[tuple[str, bytes]]

BOM = "\ufeff"
EVIDENCE_COLUMNS = ("evidence_index", "evidence_count", "article_id", "article_title", "article_date",
                    "source_paper", "sentence", "start", "end")
END_COLUMNS = ("source_id", "source_label", "source_name", "target_id", "target_label", "target_name")
UNDIRECTED = frozenset({"PARTNERED_WITH"})
MEDIA_TYPES = {"csv": "application/zip", "graphml": "application/graphml+xml", "jsonl": "application/x-ndjson"}
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _cell(value: Any) -> Any:
    """A CSV cell: lists and maps as JSON, None as empty."""
    if isinstance(value, (list, dict)):
        return _json(value)
    return "" if value is None else value


def export_chunks(graph: Graph, fmt: Format, selection: Selection, *, progress: Progress | None = None) -> Chunks:
    """The whole export in format ``fmt``, page by page."""
    schema = read_schema(graph, selection)
    writer = {"csv": csv_chunks, "graphml": graphml_chunks, "jsonl": jsonl_chunks}[fmt]
    return writer(graph, selection, schema, progress)


# --- CSV ---------------------------------------------------------------------

def _csv_text(rows: list[list[Any]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue()


def _node_row(node: Node, keys: list[str]) -> list[Any]:
    return [node.id, node.name, _cell(node.aliases), *(_cell(node.properties.get(k)) for k in keys), _cell(node.merged_into)]


def _edge_rows(rel: Relationship, keys: list[str]) -> list[list[Any]]:
    ends = [rel.source.id, rel.source.label, rel.source.name, rel.target.id, rel.target.label, rel.target.name]
    props = [*(_cell(rel.properties.get(k)) for k in keys), rel.confirmed]
    if not rel.evidence:
        return [ends + props + [""] * len(EVIDENCE_COLUMNS)]
    return [ends + props + [i, len(rel.evidence), e.article_id, _cell(e.article_title), _cell(e.article_date),
                            _cell(e.source_paper), e.sentence, e.start, e.end]
            for i, e in enumerate(rel.evidence)]


def csv_chunks(graph: Graph, selection: Selection, schema: Schema, progress: Progress | None = None) -> Chunks:
    """``nodes_<Label>.csv`` for each label, then ``edges_<TYPE>.csv`` for each type."""
    for label in selection.labels:
        member, keys = f"nodes_{label}.csv", sorted(schema.nodes.get(label, {}))
        yield member, (BOM + _csv_text([["id", "name", "aliases", *keys, "merged_into"]])).encode()
        for page in iter_nodes(graph, label, selection, progress=progress):
            yield member, _csv_text([_node_row(n, keys) for n in page]).encode()
    for rel_type in selection.types:
        member, keys = f"edges_{rel_type}.csv", sorted(schema.relationships.get(rel_type, {}))
        yield member, (BOM + _csv_text([[*END_COLUMNS, *keys, "confirmed", *EVIDENCE_COLUMNS]])).encode()
        for rels in iter_relationships(graph, rel_type, selection, progress=progress):
            yield member, _csv_text([row for r in rels for row in _edge_rows(r, keys)]).encode()


# --- JSON Lines --------------------------------------------------------------

def _node_object(node: Node) -> dict[str, Any]:
    return {"kind": "node", **asdict(node)}


def _relationship_object(rel: Relationship) -> dict[str, Any]:
    return {"kind": "relationship", **asdict(rel)}


def jsonl_chunks(graph: Graph, selection: Selection, schema: Schema, progress: Progress | None = None) -> Chunks:
    """One line per node (label by label), then one per relationship (type by type)."""
    del schema  # every line carries its own keys
    for label in selection.labels:
        for page in iter_nodes(graph, label, selection, progress=progress):
            yield "export.jsonl", "".join(_json(_node_object(n)) + "\n" for n in page).encode()
    for rel_type in selection.types:
        for rels in iter_relationships(graph, rel_type, selection, progress=progress):
            yield "export.jsonl", "".join(_json(_relationship_object(r)) + "\n" for r in rels).encode()


# --- GraphML -----------------------------------------------------------------

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
_GRAPHML_TYPES: dict[ValueType, str] = {"string": "string", "long": "long", "double": "double",
                                         "boolean": "boolean", "json": "string"}


def _merged(parts: dict[str, dict[str, ValueType]]) -> dict[str, ValueType]:
    """One type per key over several labels (string when they disagree)."""
    merged: dict[str, ValueType] = {}
    for keys in parts.values():
        for key, kind in keys.items():
            merged[key] = kind if merged.get(key, kind) == kind else "string"
    return merged


class _GraphML:
    """A GraphML document written through XMLGenerator into a buffer drained page by page."""

    def __init__(self, schema: Schema) -> None:
        self.buffer = io.StringIO()
        self.xml = XMLGenerator(self.buffer, encoding="utf-8", short_empty_elements=True)
        fixed_nodes: dict[str, ValueType] = {"label": "string", "type": "string", "name": "string", "aliases": "json",
                                             "merged_into": "string"}
        fixed_edges: dict[str, ValueType] = {"label": "string", "type": "string", "undirected": "boolean",
                                             "evidence_count": "long", "evidence": "json", "confirmed": "boolean"}
        self.node_keys = {**_merged(schema.nodes), **fixed_nodes}
        self.edge_keys = {**_merged(schema.relationships), **fixed_edges}
        self.ids = {("node", k): f"n{i}" for i, k in enumerate(sorted(self.node_keys))}
        self.ids.update({("edge", k): f"e{i}" for i, k in enumerate(sorted(self.edge_keys))})

    def drain(self) -> bytes:
        text = self.buffer.getvalue()
        self.buffer.seek(0)
        self.buffer.truncate()
        return text.encode()

    def start(self) -> None:
        self.xml.startDocument()
        self.xml.characters("\n")
        self.xml.startElement("graphml", AttributesImpl({"xmlns": GRAPHML_NS}))
        for (scope, key), key_id in self.ids.items():
            kinds = self.node_keys if scope == "node" else self.edge_keys
            self._empty("key", {"id": key_id, "for": scope, "attr.name": key, "attr.type": _GRAPHML_TYPES[kinds[key]]})
        self.xml.startElement("graph", AttributesImpl({"id": "unionkg", "edgedefault": "directed"}))

    def end(self) -> None:
        self.xml.endElement("graph")
        self.xml.endElement("graphml")
        self.xml.endDocument()

    def _empty(self, name: str, attrs: dict[str, str]) -> None:
        self.xml.startElement(name, AttributesImpl(attrs))
        self.xml.endElement(name)
        self.xml.characters("\n")

    def _data(self, scope: str, values: dict[str, Any]) -> None:
        for key, value in sorted(values.items()):
            if value is None or (scope, key) not in self.ids:
                continue
            text = _json(value) if isinstance(value, (list, dict)) else str(value).lower() if isinstance(value, bool) else str(value)
            self.xml.startElement("data", AttributesImpl({"key": self.ids[(scope, key)]}))
            self.xml.characters(_XML_INVALID.sub("", text))
            self.xml.endElement("data")

    def node(self, node: Node) -> None:
        self.xml.startElement("node", AttributesImpl({"id": node.id}))
        self._data("node", {**node.properties, "label": node.name, "type": node.label, "name": node.name,
                            "aliases": node.aliases, "merged_into": node.merged_into})
        self.xml.endElement("node")
        self.xml.characters("\n")

    def edge(self, rel: Relationship) -> None:
        attrs = {"id": f"{rel.type}:{rel.source.id}:{rel.target.id}", "source": rel.source.id, "target": rel.target.id}
        self.xml.startElement("edge", AttributesImpl(attrs))
        self._data("edge", {**rel.properties, "label": rel.type, "type": rel.type,
                            "undirected": rel.type in UNDIRECTED, "evidence_count": len(rel.evidence), "confirmed": rel.confirmed,
                            "evidence": [asdict(e) for e in rel.evidence]})
        self.xml.endElement("edge")
        self.xml.characters("\n")


def graphml_chunks(graph: Graph, selection: Selection, schema: Schema, progress: Progress | None = None) -> Chunks:
    """One GraphML document: keys, then the nodes label by label, then the edges type by type."""
    doc = _GraphML(schema)
    doc.start()
    yield "export.graphml", doc.drain()
    for label in selection.labels:
        for page in iter_nodes(graph, label, selection, progress=progress):
            for node in page:
                doc.node(node)
            yield "export.graphml", doc.drain()
    for rel_type in selection.types:
        for rels in iter_relationships(graph, rel_type, selection, progress=progress):
            for rel in rels:
                doc.edge(rel)
            yield "export.graphml", doc.drain()
    doc.end()
    yield "export.graphml", doc.drain()
