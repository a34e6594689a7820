"""Ingest source pages into the graph: read → extract → write, with a summary.

``ingest_paths`` is what ``unionkg ingest``, ``POST /articles`` and the test
fixtures call. It checks that Neo4j answers (and applies the schema) before
reading anything, so an unreachable server fails fast with GraphUnavailable
and nothing is written. Pages are written in batches as they are extracted
(one transaction per batch), so memory stays bounded on a large corpus.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from extract.models import DocResult
from extract.pipeline import Extractor
from graph.client import Graph
from graph.counts import Tally, WriteCounts
from graph.extraction import Failure, extracted
from graph.ingest_progress import IngestProgress, count_files
from graph.writer import GraphWriter


@dataclass
class IngestSummary:
    """What an ingest did: files and articles written, counts, and the files that failed."""

    files: int = 0
    articles: int = 0
    counts: WriteCounts = field(default_factory=WriteCounts)
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def nodes(self) -> Tally:
        """Nodes created / updated / deleted, all labels together."""
        return self.counts.nodes_total

    @property
    def relationships(self) -> Tally:
        """Relationships created / updated / deleted, all types together."""
        return self.counts.relationships_total

    @property
    def articles_per_second(self) -> float:
        """End-to-end rate."""
        return self.articles / self.seconds if self.seconds > 0 else 0.0


class _Batcher:
    """Collects DocResults and writes them once they fill a batch."""

    def __init__(self, writer: GraphWriter, summary: IngestSummary, bar: IngestProgress) -> None:
        self.writer, self.summary, self.bar = writer, summary, bar
        self.pending: list[DocResult] = []
        self.weight = 0

    def add(self, doc: DocResult) -> None:
        self.pending.append(doc)
        self.weight = max(self.weight, sum(len(d.entities) for d in self.pending), sum(len(d.relations) for d in self.pending))
        if self.weight >= self.writer.batch_size:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        self.summary.counts += self.writer.write(self.pending)
        articles = sum(len(d.articles) for d in self.pending)
        self.summary.files += len(self.pending)
        self.summary.articles += articles
        self.bar.advance(len(self.pending), articles)
        self.pending, self.weight = [], 0


def ingest_paths(
    graph: Graph, paths: Sequence[str], *, extractor: Extractor | None = None,
    progress: bool = False, workers: int = 1,
) -> IngestSummary:
    """Read, extract and write every file under ``paths`` (files, directories, globs).

    Bad files are listed in ``errors`` and the others are still written.
    ``workers`` > 1 extracts in that many processes (pages stay in order).
    """
    started = time.monotonic()
    writer = GraphWriter(graph)
    writer.ensure_schema()
    summary = IngestSummary()
    total = count_files(paths) if progress else None
    with IngestProgress(progress, total) as bar:
        batcher = _Batcher(writer, summary, bar)
        for item in extracted(paths, extractor, workers):
            if isinstance(item, Failure):
                summary.errors.append(item.message)
                bar.advance(1, 0)
            else:
                batcher.add(item)
        batcher.flush()
    summary.seconds = time.monotonic() - started
    return summary


def ingest_results(graph: Graph, results: Sequence[DocResult]) -> IngestSummary:
    """Write already-extracted pages (same batching and idempotence as ``ingest_paths``)."""
    started = time.monotonic()
    counts = GraphWriter(graph).write(results)
    return IngestSummary(
        files=len(results), articles=sum(len(r.articles) for r in results), counts=counts,
        seconds=time.monotonic() - started,
    )
