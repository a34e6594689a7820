"""Typed counts of what a write did, per label and per relationship type."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass
class Tally:
    """Created, updated (an existing one merged into) and deleted."""

    created: int = 0
    updated: int = 0
    deleted: int = 0

    def __iadd__(self, other: Tally) -> Tally:
        self.created += other.created
        self.updated += other.updated
        self.deleted += other.deleted
        return self


@dataclass
class WriteCounts:
    """What :meth:`graph.writer.GraphWriter.write` did.

    ``updated`` counts rows merged into a node or relationship that was there
    already (whether or not a property changed); ``unlinked`` counts
    relationships skipped because an end was missing; ``changed_articles``
    counts articles whose text changed and whose evidence was replaced.
    """

    articles: int = 0
    changed_articles: int = 0
    unlinked: int = 0
    nodes: dict[str, Tally] = field(default_factory=dict)
    relationships: dict[str, Tally] = field(default_factory=dict)

    def node(self, label: str) -> Tally:
        """The tally of a label (created on first use)."""
        return self.nodes.setdefault(label, Tally())

    def rel(self, rel_type: str) -> Tally:
        """The tally of a relationship type (created on first use)."""
        return self.relationships.setdefault(rel_type, Tally())

    def __iadd__(self, other: WriteCounts) -> WriteCounts:
        self.articles += other.articles
        self.changed_articles += other.changed_articles
        self.unlinked += other.unlinked
        for label, tally in other.nodes.items():
            self.node(label).__iadd__(tally)
        for rel_type, tally in other.relationships.items():
            self.rel(rel_type).__iadd__(tally)
        return self

    @property
    def nodes_total(self) -> Tally:
        """All labels together."""
        return _sum(self.nodes.values())

    @property
    def relationships_total(self) -> Tally:
        """All relationship types together."""
        return _sum(self.relationships.values())


def _sum(tallies: Iterable[Tally]) -> Tally:
    total = Tally()
    for tally in tallies:
        total += tally
    return total
