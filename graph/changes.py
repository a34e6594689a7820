"""The change feed: what each ingest batch added, changed or retracted, kept as (:Change) nodes.

The write queries report, per row, whether a node or relationship was
'added' (not there before) or 'changed' (a property, its evidence or its
mentions differ), and say nothing when a page comes again unchanged; the
retraction queries report what they took back ('retracted': deleted;
'changed': it keeps other evidence or mentions). :class:`ChangeLog` gathers
these events of one batch and nets them out per node or relationship (taken
back and written again in the same batch is 'changed'; added then changed
stays 'added'), and :func:`write_changes` stores them in the batch's own
transaction, one :Change node each, all with the transaction's time (``at``).
``GET /changes`` and ``unionkg changes`` read them back, newest first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from graph.client import Graph
from graph.txrun import TxRunner

Kind = Literal["added", "changed", "retracted"]
Entity = Literal["node", "relationship"]
Key = tuple[str, str, str, str]


@dataclass
class Change:
    """One node or relationship that a batch added, changed or retracted, with the evidence involved."""

    kind: Kind
    entity: Entity
    label: str
    id: str | None = None
    source: str | None = None
    target: str | None = None
    name: str | None = None
    article_ids: list[str] = field(default_factory=list)
    sentences: list[str] = field(default_factory=list)

    @property
    def key(self) -> Key:
        return (self.entity, self.label, self.id or self.source or "", self.target or "")


def _net(old: Change, new: Change) -> Change | None:
    """Two events of one node or relationship in one batch, as one (None: nothing happened)."""
    if old.kind == "added" and new.kind == "retracted":
        return None
    if old.kind == "retracted" and new.kind != "retracted":
        return Change(**{**vars(new), "kind": "changed"})
    kind: Kind = "added" if old.kind == "added" else new.kind
    pairs = list(dict.fromkeys(zip(old.article_ids + new.article_ids, old.sentences + new.sentences, strict=True)))
    return Change(kind, new.entity, new.label, new.id, new.source, new.target, new.name or old.name,
                  [a for a, _ in pairs], [s for _, s in pairs])


class ChangeLog:
    """The events of one batch, netted per node or relationship, in the order first seen."""

    def __init__(self) -> None:
        self._changes: dict[Key, Change] = {}

    def add(self, change: Change) -> None:
        """Record one event (netted with an earlier one of the same node or relationship)."""
        old = self._changes.pop(change.key, None)
        merged = change if old is None else _net(old, change)
        if merged is not None:
            self._changes[change.key] = merged

    def nodes(self, label: str, records: Iterable[Mapping[str, Any]], kind: Kind | None = None) -> None:
        """Events of nodes: maps with id, name, article_ids and (unless ``kind`` is given) kind."""
        for r in records:
            ids = [str(a) for a in r.get("article_ids") or []]
            self.add(Change(kind or r["kind"], "node", label, id=str(r["id"]), name=r.get("name"),
                            article_ids=ids, sentences=[""] * len(ids)))

    def relationships(self, rel_type: str, records: Iterable[Mapping[str, Any]]) -> None:
        """Events of relationships: maps with kind, source, target, article_ids and sentences."""
        for r in records:
            self.add(Change(r["kind"], "relationship", rel_type, source=str(r["source"]), target=str(r["target"]),
                            article_ids=[str(a) for a in r["article_ids"]], sentences=[str(s) for s in r["sentences"]]))

    def rows(self) -> list[dict[str, Any]]:
        """The ``$rows`` of ``write_changes`` (``seq``: the order within the batch)."""
        return [{"seq": i, **vars(c)} for i, c in enumerate(self._changes.values())]

    def __len__(self) -> int:
        return len(self._changes)


def write_changes(run: TxRunner, log: ChangeLog) -> None:
    """Store the batch's changes as :Change nodes (no query when there are none)."""
    if len(log):
        run.run_rows("write_changes", log.rows())


def as_utc(moment: dt.datetime) -> dt.datetime:
    """``moment`` with a time zone (UTC when it has none)."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def read_changes(graph: Graph, since: dt.datetime, offset: int, limit: int) -> dict[str, Any]:
    """One page of the change feed after ``since``, newest first: {since, total, offset, limit, items}."""
    since = as_utc(since)
    params = {"since": since.isoformat(), "offset": offset, "limit": limit, "evidence_limit": graph.settings.evidence_limit}
    row = graph.run("api_changes", params).rows[0]
    return {"since": since.isoformat(), "total": row["total"], "offset": offset, "limit": limit, "items": row["items"]}
