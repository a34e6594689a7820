"""Ingest source pages into the graph: read → extract → write, with a summary.

``ingest_paths`` is what ``unionkg ingest``, the test fixtures and the
benchmarks call; ``ingest_results`` writes pages already extracted (``POST
/articles`` extracts first, with :class:`ingest.extraction.SharedExtractor`,
to compare the page with the stored one). Both check that Neo4j answers (and
apply the schema) before writing anything, so an unreachable server fails
fast with GraphUnavailable. Pages are written as they are extracted, in the
writer's batches (one transaction each), so memory stays bounded on a large
corpus.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from extract.models import DocResult
from extract.pipeline import Extractor
from graph.client import Graph
from graph.counts import Tally, WriteCounts
from graph.writer import GraphWriter
from ingest.extraction import Extracted, Failure, extracted
from ingest.progress import IngestProgress, count_files


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


def ingest_paths(
    graph: Graph,
    paths: Sequence[str],
    *,
    extractor: Extractor | None = None,
    progress: bool = False,
    workers: int = 1,
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

        def written(batch: list[DocResult]) -> None:
            articles = sum(len(d.articles) for d in batch)
            summary.files += len(batch)
            summary.articles += articles
            bar.advance(len(batch), articles)

        def pages(items: Iterator[Extracted]) -> Iterator[DocResult]:
            for item in items:
                if isinstance(item, Failure):
                    summary.errors.append(item.message)
                    bar.advance(1, 0)
                else:
                    yield item

        summary.counts = writer.write(pages(extracted(paths, extractor, workers)), on_batch=written)
    summary.seconds = time.monotonic() - started
    return summary


def ingest_results(graph: Graph, results: Sequence[DocResult]) -> IngestSummary:
    """Write already-extracted pages (same batching and idempotence as ``ingest_paths``)."""
    started = time.monotonic()
    counts = GraphWriter(graph).write(results)
    return IngestSummary(
        files=len(results),
        articles=sum(len(r.articles) for r in results),
        counts=counts,
        seconds=time.monotonic() - started,
    )
