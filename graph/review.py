"""Researchers' review decisions, stored apart from the extracted data.

A decision is one ``(:Decision)`` node per subject: an entity id, or
``source|TYPE|target`` for a relationship (its ends as stored, so an
undirected PARTNERED_WITH has one key). Ingest never reads or writes these
nodes, and the ids they name are stable (label + name for entities), so a
decision holds across every re-ingest: the read queries leave out what is
rejected (``cypher/api_*.cypher``, ``export_*.cypher``), and a merge makes
the merged id answer as the entity it was merged into (:func:`resolve`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal

from core.errors import BadParameter, NotFound
from graph.client import Graph

Verdict = Literal["reject", "confirm", "merge"]
MAX_MERGE_STEPS = 10
"""Longest chain of merges followed (A into B, B into C …)."""
MAX_MERGED = 1000
"""Most ids listed as merged into one entity."""


@dataclass(frozen=True)
class DecisionRow:
    """One decision as sent: on an entity, or on a relationship ``source -[type]-> target``."""

    verdict: Verdict
    entity: str | None = None
    source: str | None = None
    type: str | None = None
    target: str | None = None
    into: str | None = None
    note: str | None = None


def relationship_key(source: str, rel_type: str, target: str) -> str:
    """The subject of a relationship's decision."""
    return f"{source}|{rel_type}|{target}"


def _field(index: int, name: str, message: str) -> dict[str, Any]:
    return {"parameter": f"decisions.{index}.{name}", "in": "body", "message": message}


def _subjects(graph: Graph, decisions: list[DecisionRow]) -> dict[tuple[str, str], dict[str, Any]]:
    """What each named entity and relationship is in the graph (label; stored ends), keyed by (kind, key)."""
    entities = sorted({i for d in decisions for i in (d.entity, d.into) if i is not None})
    rels = [{"source": d.source, "type": d.type, "target": d.target} for d in decisions if d.entity is None]
    rows = graph.run("review_subjects", {"entities": entities, "relationships": rels}, row_cap=10_000).rows
    return {(r["kind"], r["key"]): r for r in rows}


def _checked(graph: Graph, decisions: list[DecisionRow]) -> list[dict[str, Any]]:
    """The rows to write; NotFound naming each unknown subject, BadParameter for an impossible merge."""
    found = _subjects(graph, decisions)
    problems: list[dict[str, Any]] = []
    rows: list[dict[str, Any]] = []
    for i, d in enumerate(decisions):
        row: dict[str, Any] = {"verdict": d.verdict, "note": d.note, "entity": d.entity, "source": None, "type": None,
                               "target": None, "into": None}
        if d.entity is not None:
            label = found[("entity", d.entity)]["label"]
            if label is None:
                problems.append(_field(i, "entity", f"no entity with id {d.entity!r}"))
            rows.append({**row, "subject": d.entity, "kind": "entity", "into": d.into})
            continue
        assert d.source is not None and d.type is not None and d.target is not None
        stored = found[("relationship", relationship_key(d.source, d.type, d.target))]
        if stored["label"] is None:
            message = f"no {d.type} relationship from {d.source!r} to {d.target!r}"
            problems += [_field(i, "source", message), _field(i, "target", message)]
            continue
        rows.append({**row, "subject": relationship_key(stored["source"], d.type, stored["target"]), "kind": "relationship",
                     "source": stored["source"], "type": d.type, "target": stored["target"]})
    if problems:
        raise NotFound("; ".join(sorted({p["message"] for p in problems})), {"parameters": problems})
    _check_merges(graph, decisions, found)
    return rows


def _check_merges(graph: Graph, decisions: list[DecisionRow], found: dict[tuple[str, str], dict[str, Any]]) -> None:
    """422 when a merge joins different labels, names a missing entity, or would make a cycle."""
    for i, d in enumerate(decisions):
        if d.verdict != "merge" or d.entity is None or d.into is None:
            continue
        into_label, label = found[("entity", d.into)]["label"], found[("entity", d.entity)]["label"]
        if into_label is None:
            message = f"no entity with id {d.into!r}"
            raise NotFound(message, {"parameters": [_field(i, "into", message)]})
        if into_label != label:
            message = f"cannot merge a {label} into a {into_label} ({d.entity!r} into {d.into!r})"
            raise BadParameter(message, {"parameters": [_field(i, "into", message)]})
        if resolve(graph, d.into)[0] == d.entity:
            message = f"{d.into!r} was merged into {d.entity!r}: merging back would make a cycle"
            raise BadParameter(message, {"parameters": [_field(i, "into", message)]})


def store(graph: Graph, decisions: list[DecisionRow]) -> list[dict[str, Any]]:
    """Check and write the decisions in one batch; ``[{subject, changed}]`` in the order sent."""
    rows = _checked(graph, decisions)
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
    return graph.run("review_write", {"rows": rows, "now": now}, row_cap=len(rows) + 1).rows


def resolve(graph: Graph, entity_id: str) -> tuple[str, list[str]]:
    """The id ``entity_id`` stands for after merges, and the ids merged into that one (directly or not)."""
    current, chain = entity_id, [entity_id]
    for _ in range(MAX_MERGE_STEPS):
        rows = graph.run("review_merges", {"ids": [current]}).rows
        into = next((str(r["other"]) for r in rows if r["direction"] == "into"), None)
        if into is None or into in chain:
            break
        current = into
        chain.append(into)
    merged: list[str] = []
    frontier = [current]
    while frontier and len(merged) < MAX_MERGED:
        rows = graph.run("review_merges", {"ids": frontier}).rows
        frontier = sorted({str(r["other"]) for r in rows if r["direction"] == "from"} - {current, *merged})
        merged += frontier
    return current, merged[:MAX_MERGED]


def decision_of(graph: Graph, subject: str) -> dict[str, Any] | None:
    """The decision on ``subject`` (verdict, note, decided_at, into), or None."""
    rows = graph.run("review_of", {"subject": subject}).rows
    return rows[0] if rows else None
