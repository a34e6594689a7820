"""Ingest throughput: batched UNWIND/MERGE writer against a naive one-MERGE-per-row writer.

Run on demand (not a test)::

    uv run python bench/ingest_throughput.py                 # 2,000 articles
    uv run python bench/ingest_throughput.py --articles 4000 --naive-articles 300

It generates a varied corpus (``bench/corpus.py``), starts its own Neo4j on
free ports in a temporary directory (or uses ``NEO4J_URI``; the database is
WIPED), then measures on the same data in the same run:

1. end to end: ``ingest_paths`` (read → extract → write) into an empty graph;
2. write only: the batched writer on the already-extracted DocResults;
3. naive: the same write queries with ONE row per call, each call its own
   auto-commit transaction (no batching), on the first ``--naive-articles`` articles (rates are per row).

Targets: batched ≥ 20× the naive rows/s, end to end ≥ 100 articles/s.
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pydantic import SecretStr

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpus import generate_corpus  # noqa: E402
from extract.models import DocResult  # noqa: E402
from graph.client import Graph  # noqa: E402
from graph.extraction import Failure, extracted  # noqa: E402
from graph.ingest import ingest_paths, ingest_results  # noqa: E402
from graph.people import assign, person_refs  # noqa: E402
from graph.rows import BatchRows, build_rows  # noqa: E402
from graph.server import LocalNeo4j, free_port  # noqa: E402
from graph.writer import ENTITY_QUERIES, RELATION_QUERIES  # noqa: E402
from unionkg.settings import Settings  # noqa: E402

@contextmanager
def neo4j_settings() -> Iterator[Settings]:
    """NEO4J_URI when set, else a private local server on free ports (stopped at the end)."""
    if os.environ.get("NEO4J_URI") or os.environ.get("UNIONKG_NEO4J_URI"):
        yield Settings()
        return
    data = Path(tempfile.mkdtemp(prefix="unionkg-bench-"))
    settings = Settings(
        neo4j_uri=None, neo4j_password=SecretStr("bench-password"), bolt_port=free_port(),
        http_port=free_port(), data_dir=data,
    )
    server = LocalNeo4j(settings)
    server.start()
    try:
        yield settings
    finally:
        server.stop()
        shutil.rmtree(data, ignore_errors=True)


def wipe(graph: Graph) -> None:
    with graph.session(read=False) as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()


def naive_write(graph: Graph, rows: BatchRows) -> int:
    """The same named write queries, but one row per call, each its own auto-commit transaction.

    Returns the number of rows written, counted as the batched writer counts them
    (an entity row with its mentions counts 1 + mentions).
    """
    count = 0
    registry = graph.registry
    calls: list[tuple[str, list[dict[str, Any]]]] = [("write_articles", rows.articles)]
    calls += [(ENTITY_QUERIES[label], rs) for label, rs in rows.entities.items()]
    calls += [(RELATION_QUERIES[rel_type], rs) for rel_type, rs in rows.relations.items()]
    with graph.session(read=False) as session:
        for name, query_rows in calls:
            text = registry.get(name).text
            for row in query_rows:
                session.run(text, {"rows": [row]}).consume()  # type: ignore[arg-type]
                count += 1 + len(row.get("mentions", []))
    return count


def row_count(rows: BatchRows) -> int:
    """Rows the batched writer sends for the same data (articles, nodes, mentions, relationships)."""
    entities = [r for rs in rows.entities.values() for r in rs]
    return len(rows.articles) + len(entities) + sum(len(r["mentions"]) for r in entities) + sum(
        len(rs) for rs in rows.relations.values()
    )


def main() -> None:
    parser = argparse.ArgumentParser(description="Ingest throughput, batched against naive.")
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--naive-articles", type=int, default=200)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    logging.getLogger("neo4j.notifications").setLevel(logging.ERROR)
    corpus_dir = Path(tempfile.mkdtemp(prefix="unionkg-corpus-"))
    try:
        generate_corpus(args.articles, corpus_dir, seed=args.seed)
        with neo4j_settings() as settings, Graph(settings) as graph:
            run(graph, corpus_dir, args)
    finally:
        shutil.rmtree(corpus_dir, ignore_errors=True)


def run(graph: Graph, corpus_dir: Path, args: argparse.Namespace) -> None:
    graph.apply_schema()
    wipe(graph)
    summary = ingest_paths(graph, [str(corpus_dir)], workers=args.workers)
    written = summary.nodes.created + summary.nodes.updated + summary.relationships.created + summary.relationships.updated
    print(f"corpus: {summary.files} pages, {summary.articles} articles; graph: {summary.nodes.created} nodes, "
          f"{summary.relationships.created} relationships; errors: {len(summary.errors)}")
    print(f"end to end ({args.workers} extraction workers): {summary.seconds:.1f}s, "
          f"{summary.articles_per_second:.1f} articles/s, {written / summary.seconds:.0f} rows/s")

    started = time.monotonic()
    docs = [d for d in extracted([str(corpus_dir)], workers=args.workers) if isinstance(d, DocResult)]
    extract_s = time.monotonic() - started
    print(f"extraction alone: {extract_s:.1f}s, {summary.articles / extract_s:.1f} articles/s")

    wipe(graph)
    batched = ingest_results(graph, docs)
    rows = row_count(build_rows(docs, assign(person_refs(docs), {})))
    batched_rate = rows / batched.seconds
    print(f"batched writer only: {batched.seconds:.1f}s, {batched.articles / batched.seconds:.1f} articles/s, "
          f"{batched_rate:.0f} rows/s ({rows} rows)")

    subset, n = [], 0
    for doc in docs:
        if n >= args.naive_articles:
            break
        subset.append(doc)
        n += len(doc.articles)
    wipe(graph)
    naive_rows = build_rows(subset, assign(person_refs(subset), {}))
    started = time.monotonic()
    naive_count = naive_write(graph, naive_rows)
    naive_s = time.monotonic() - started
    naive_rate = naive_count / naive_s
    print(f"naive writer ({n} articles, one row per auto-commit MERGE): {naive_s:.1f}s, "
          f"{n / naive_s:.1f} articles/s, {naive_rate:.0f} rows/s ({naive_count} rows)")
    print(f"batched / naive (rows/s): {batched_rate / naive_rate:.1f}x  (target ≥ 20x)")
    print(f"end to end: {summary.articles_per_second:.1f} articles/s  (target ≥ 100)")


if __name__ == "__main__":
    main()
