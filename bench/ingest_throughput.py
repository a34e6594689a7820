"""Ingest throughput: batched UNWIND/MERGE writer against a naive one-MERGE-per-row writer.

Run on demand (not a test)::

    uv run python bench/ingest_throughput.py                 # 2,000 articles
    uv run python bench/ingest_throughput.py --articles 4000 --naive-articles 300 --rounds 3
    uv run python bench/ingest_throughput.py --scale --articles 20000 --chunk 2000 --docs /tmp/docs.jsonl

It generates a varied corpus (``bench/corpus.py``), starts its own Neo4j on
free ports in a temporary directory (or uses ``NEO4J_URI``; the database is
WIPED), then measures in the same run:

1. end to end: ``ingest_paths`` (read → extract → write) into an empty graph,
   on the freshly started server, and once more at the end into the emptied
   graph of the now warm server (JIT and query plans in place);
2. extraction alone (the same workers), so the bottleneck is visible;
3. write only, on the SAME extracted pages (the first ``--naive-articles``
   articles), each into an empty graph, alternating for ``--rounds`` rounds:
   the naive writer (the same write queries, ONE row per call, each call its
   own auto-commit transaction) and the batched writer (``GraphWriter``, which
   also reads stored hashes and person candidates and writes regions);
   rows/s of each, the median of the rounds, and their ratio;
4. the batched writer alone on the whole corpus (rows/s and articles/s).

``--scale`` writes the first chunk once to warm the server up, empties the
graph, then writes the corpus chunk by chunk (``--chunk`` articles) into ONE
growing graph and prints each chunk's write cost per article, its ratio to the
first chunk's (same run), and the queries that took longest; then the naive
writer's ratio over ``--rounds`` rounds. ``--docs`` keeps the extracted pages
so a second run skips extraction.

A row is what the batched writer sends: an article, a node, one of its
MENTIONED_IN links, or a relationship. Targets: batched ≥ 20× the naive
rows/s, end to end ≥ 100 articles/s.
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import statistics
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

from core.settings import Settings  # noqa: E402
from extract.models import DocResult  # noqa: E402
from graph.client import Graph  # noqa: E402
from graph.people import assign, person_refs  # noqa: E402
from graph.rows import BatchRows, build_rows  # noqa: E402
from graph.server import LocalNeo4j, free_port  # noqa: E402
from graph.writer import ENTITY_QUERIES, RELATION_QUERIES, GraphWriter  # noqa: E402
from ingest.extraction import extracted  # noqa: E402
from ingest.run import ingest_paths  # noqa: E402


@contextmanager
def neo4j_settings() -> Iterator[Settings]:
    """NEO4J_URI when set, else a private local server on free ports (stopped at the end)."""
    if os.environ.get("NEO4J_URI") or os.environ.get("UNIONKG_NEO4J_URI"):
        yield Settings()
        return
    data = Path(tempfile.mkdtemp(prefix="unionkg-bench-"))
    settings = Settings(
        neo4j_uri=None,
        neo4j_password=SecretStr("bench-password"),
        bolt_port=free_port(),
        http_port=free_port(),
        data_dir=data,
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
        # relationships first, in small transactions: a hub's evidence lists can be large, and
        # db.memory.transaction.max (UNIONKG_NEO4J_TRANSACTION_MEMORY) bounds each transaction
        session.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 2000 ROWS").consume()
        session.run("MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()


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
    return len(rows.articles) + len(entities) + sum(len(r["mentions"]) for r in entities) + sum(len(rs) for rs in rows.relations.values())


def main() -> None:
    parser = argparse.ArgumentParser(description="Ingest throughput, batched against naive.")
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--naive-articles", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5, help="alternating naive/batched rounds on the same pages")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--scale", action="store_true", help="write the corpus in chunks into one growing graph; print each chunk's cost")
    parser.add_argument("--chunk", type=int, default=2000, help="articles per chunk (--scale)")
    parser.add_argument("--docs", type=Path, help="(--scale) extracted pages as JSON Lines: read if present, else written")
    args = parser.parse_args()
    logging.getLogger("neo4j.notifications").setLevel(logging.ERROR)
    corpus_dir = Path(tempfile.mkdtemp(prefix="unionkg-corpus-"))
    try:
        if not (args.scale and args.docs and args.docs.exists()):
            generate_corpus(args.articles, corpus_dir, seed=args.seed)
        with neo4j_settings() as settings, Graph(settings) as graph:
            (run_scale if args.scale else run)(graph, corpus_dir, args)
    finally:
        shutil.rmtree(corpus_dir, ignore_errors=True)


def scale_docs(corpus_dir: Path, args: argparse.Namespace) -> list[DocResult]:
    """The corpus extracted (or read back from ``--docs``)."""
    if args.docs and args.docs.exists():
        return [DocResult.model_validate_json(line) for line in args.docs.read_text(encoding="utf-8").splitlines()]
    docs = [d for d in extracted([str(corpus_dir)], workers=args.workers) if isinstance(d, DocResult)]
    if args.docs:
        args.docs.write_text("".join(d.model_dump_json() + "\n" for d in docs), encoding="utf-8")
    return docs


def chunks_of(docs: list[DocResult], size: int) -> list[list[DocResult]]:
    """Consecutive groups of pages holding about ``size`` articles each."""
    out: list[list[DocResult]] = [[]]
    for doc in docs:
        if sum(len(d.articles) for d in out[-1]) >= size:
            out.append([])
        out[-1].append(doc)
    return [c for c in out if c]


def run_scale(graph: Graph, corpus_dir: Path, args: argparse.Namespace) -> None:
    """Per-article write cost of each chunk as the graph grows, against the first chunk (same run);
    then the naive writer's ratio on the same pages (``--rounds``)."""
    graph.apply_schema()
    docs = scale_docs(corpus_dir, args)
    print(f"corpus: {len(docs)} pages, {sum(len(d.articles) for d in docs)} articles")
    writer = GraphWriter(graph)
    writer.ensure_schema()
    chunks = chunks_of(docs, args.chunk)
    writer.write(chunks[0])  # warm-up (JIT, query plans), then the measured run from an empty graph
    wipe(graph)
    total, base = 0, 0.0
    for i, chunk in enumerate(chunks):
        writer.timings = {}
        started = time.monotonic()
        writer.write(chunk)
        seconds = time.monotonic() - started
        n = sum(len(d.articles) for d in chunk)
        cost = seconds / n * 1000
        base = base or cost
        top = sorted(writer.timings.items(), key=lambda kv: -kv[1])[:4]
        print(
            f"chunk {i + 1:2d}: graph {total:6d} -> {total + n:6d} articles: {cost:6.2f} ms/article "
            f"({cost / base:4.2f}x chunk 1)  top: " + ", ".join(f"{k} {v:.1f}s" for k, v in top),
            flush=True,
        )
        total += n
    naive_ratio(graph, docs, args)


def naive_ratio(graph: Graph, docs: list[DocResult], args: argparse.Namespace) -> None:
    """Naive and batched writers alternating on the same pages, each into an empty graph."""
    subset = first_articles(docs, args.naive_articles)
    sub_rows = row_count(build_rows(subset, assign(person_refs(subset), {})))
    ratios = []
    for i in range(args.rounds):
        naive, batched = sub_rows / timed_naive(graph, subset), sub_rows / timed_batched(graph, subset)
        ratios.append(batched / naive)
        print(f"round {i + 1}: naive {naive:.0f} rows/s, batched {batched:.0f} rows/s, {ratios[-1]:.1f}x")
    print(f"batched / naive, median of {args.rounds}: {statistics.median(ratios):.1f}x  (target >= 20x)")


def first_articles(docs: list[DocResult], n: int) -> list[DocResult]:
    """The first pages holding at least ``n`` articles."""
    subset: list[DocResult] = []
    for doc in docs:
        if sum(len(d.articles) for d in subset) >= n:
            break
        subset.append(doc)
    return subset


def timed_batched(graph: Graph, docs: list[DocResult]) -> float:
    """Seconds for GraphWriter to write ``docs`` into an empty graph (schema already applied)."""
    wipe(graph)
    writer = GraphWriter(graph)
    writer.ensure_schema()
    started = time.monotonic()
    writer.write(docs)
    return time.monotonic() - started


def timed_naive(graph: Graph, docs: list[DocResult]) -> float:
    """Seconds for the naive writer to write ``docs`` into an empty graph."""
    wipe(graph)
    rows = build_rows(docs, assign(person_refs(docs), {}))
    started = time.monotonic()
    naive_write(graph, rows)
    return time.monotonic() - started


def run(graph: Graph, corpus_dir: Path, args: argparse.Namespace) -> None:
    graph.apply_schema()
    wipe(graph)
    summary = ingest_paths(graph, [str(corpus_dir)], workers=args.workers)
    print(
        f"corpus: {summary.files} pages, {summary.articles} articles; graph: {summary.nodes.created} nodes, "
        f"{summary.relationships.created} relationships; errors: {len(summary.errors)}"
    )

    started = time.monotonic()
    docs = [d for d in extracted([str(corpus_dir)], workers=args.workers) if isinstance(d, DocResult)]
    extract_s = time.monotonic() - started
    articles = sum(len(d.articles) for d in docs)

    subset = first_articles(docs, args.naive_articles)
    sub_rows = row_count(build_rows(subset, assign(person_refs(subset), {})))
    sub_articles = sum(len(d.articles) for d in subset)
    naive_rates, batched_rates = [], []
    for i in range(args.rounds):
        naive_rates.append(sub_rows / timed_naive(graph, subset))
        batched_rates.append(sub_rows / timed_batched(graph, subset))
        print(
            f"round {i + 1} ({sub_articles} articles, {sub_rows} rows): naive {naive_rates[-1]:.0f} rows/s, "
            f"batched {batched_rates[-1]:.0f} rows/s, {batched_rates[-1] / naive_rates[-1]:.1f}x"
        )
    naive_rate, sub_rate = statistics.median(naive_rates), statistics.median(batched_rates)

    all_rows = row_count(build_rows(docs, assign(person_refs(docs), {})))
    full_s = timed_batched(graph, docs)
    full_rate = all_rows / full_s
    wipe(graph)  # the same end-to-end run again, now that Neo4j's JVM and query plans are warm
    warm = ingest_paths(graph, [str(corpus_dir)], workers=args.workers)
    print()
    print(f"extraction alone ({args.workers} workers):    {articles / extract_s:7.1f} articles/s")
    print(f"end to end, fresh server ({args.workers} workers): {summary.articles_per_second:7.1f} articles/s  (target ≥ 100)")
    print(f"end to end, warm server ({args.workers} workers):  {warm.articles_per_second:7.1f} articles/s  (target ≥ 100)")
    print(f"batched writer, whole corpus:        {articles / full_s:7.1f} articles/s, {full_rate:.0f} rows/s ({all_rows} rows)")
    print(f"same {sub_articles} articles, median of {args.rounds}: naive {naive_rate:.0f} rows/s, batched {sub_rate:.0f} rows/s")
    print(f"batched / naive, same pages:         {sub_rate / naive_rate:7.1f}x  (target ≥ 20x)")
    print(f"batched whole corpus / naive:        {full_rate / naive_rate:7.1f}x")


if __name__ == "__main__":
    main()
