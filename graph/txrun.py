"""Run named queries inside a transaction function, in batches of rows."""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import neo4j

from graph.queries import QueryRegistry

T = TypeVar("T")


@dataclass(frozen=True)
class Outcome:
    """The records of a query and its update counters."""

    records: list[dict[str, Any]]
    nodes_created: int
    relationships_created: int

    def total(self, column: str) -> int:
        """Sum of an integer column over the records."""
        return sum(int(r[column] or 0) for r in self.records)


def chunks(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    """Consecutive slices of at most ``size`` items."""
    for start in range(0, len(items), max(size, 1)):
        yield items[start:start + size]


class TxRunner:
    """Named queries checked by the registry, run in one managed transaction."""

    def __init__(
        self, tx: neo4j.ManagedTransaction, registry: QueryRegistry, batch_size: int,
        timings: dict[str, float] | None = None,
    ) -> None:
        self.tx = tx
        self.registry = registry
        self.batch_size = batch_size
        self.timings = timings

    def run(self, name: str, params: Mapping[str, Any]) -> Outcome:
        """One round trip: the named query with ``params`` (its seconds added to ``timings``, if kept)."""
        query = self.registry.check(name, params)
        started = time.perf_counter()
        result = self.tx.run(query.text, dict(params))
        records = [r.data() for r in result]
        counters = result.consume().counters
        if self.timings is not None:
            self.timings[name] = self.timings.get(name, 0.0) + time.perf_counter() - started
        return Outcome(records, counters.nodes_created, counters.relationships_created)

    def run_rows(self, name: str, rows: Sequence[dict[str, Any]]) -> Outcome:
        """The named query over ``$rows``, one round trip per ``batch_size`` rows."""
        records: list[dict[str, Any]] = []
        nodes = rels = 0
        for chunk in chunks(rows, self.batch_size):
            out = self.run(name, {"rows": list(chunk)})
            records += out.records
            nodes += out.nodes_created
            rels += out.relationships_created
        return Outcome(records, nodes, rels)
