"""``unionkg ingest PATH…``, ``unionkg stats`` and ``unionkg dump``: load and inspect the graph."""

from __future__ import annotations

import logging
import os
import sys
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from core.errors import UnionKGError
from core.settings import get_settings
from graph.client import Graph
from graph.dump import dump_lines
from ingest.run import IngestSummary, ingest_paths
from unionkg.commands.options import NerOption, use_ner

EXIT_BAD_FILES = 1
EXIT_GRAPH = 2


def _quiet_driver() -> None:
    """Neo4j's notifications (unknown label on an empty database…) are not the user's business."""
    logging.getLogger("neo4j.notifications").setLevel(logging.ERROR)


def _fail(exc: UnionKGError) -> typer.Exit:
    typer.secho(f"error: {exc.message}", fg="red", err=True)
    return typer.Exit(EXIT_GRAPH)


def _summary_table(summary: IngestSummary) -> Table:
    table = Table(title="ingest summary", show_header=True)
    for column in ("", "created", "updated", "deleted"):
        table.add_column(column, justify="right" if column else "left")
    for label, tally in sorted(summary.counts.nodes.items()):
        table.add_row(f"(:{label})", str(tally.created), str(tally.updated), str(tally.deleted))
    for rel_type, tally in sorted(summary.counts.relationships.items()):
        table.add_row(f"[:{rel_type}]", str(tally.created), str(tally.updated), str(tally.deleted))
    nodes, rels = summary.nodes, summary.relationships
    table.add_row("[bold]nodes", str(nodes.created), str(nodes.updated), str(nodes.deleted))
    table.add_row("[bold]relationships", str(rels.created), str(rels.updated), str(rels.deleted))
    return table


def ingest(
    paths: Annotated[list[str], typer.Argument(help="Source files, directories or globs.")],
    workers: Annotated[int, typer.Option("--workers", "-j", help="Extraction processes (0: one per CPU).")] = 0,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Show a progress bar.")] = True,
    ner: NerOption = None,
) -> None:
    """Extract every file and write it into Neo4j (batched, idempotent: re-running changes nothing).

    Bad files are reported and the others are still written; the exit status
    is 1 when any file failed, 2 when Neo4j is unreachable (nothing written).
    """
    use_ner(ner)
    _quiet_driver()
    console = Console(stderr=True)
    jobs = workers if workers > 0 else max(1, os.cpu_count() or 1)
    try:
        with Graph(get_settings()) as graph:
            summary = ingest_paths(graph, paths, progress=progress and console.is_terminal, workers=jobs)
    except UnionKGError as exc:
        raise _fail(exc) from exc
    console.print(_summary_table(summary))
    console.print(
        f"{summary.files} files, {summary.articles} articles in {summary.seconds:.1f}s "
        f"({summary.articles_per_second:.1f} articles/s); "
        f"nodes {summary.nodes.created} created, {summary.nodes.updated} updated; "
        f"relationships {summary.relationships.created} created, {summary.relationships.updated} updated; "
        f"{len(summary.errors)} errors"
    )
    for error in summary.errors:
        typer.secho(f"error: {error}", fg="red", err=True)
    if summary.errors:
        raise typer.Exit(EXIT_BAD_FILES)


def stats() -> None:
    """Print the number of nodes per label and relationships per type."""
    _quiet_driver()
    try:
        with Graph(get_settings()) as graph:
            labels = graph.run("stats_labels").rows
            types = graph.run("stats_relationships").rows
    except UnionKGError as exc:
        raise _fail(exc) from exc
    table = Table(title="graph statistics")
    table.add_column("label / type")
    table.add_column("count", justify="right")
    for row in labels:
        table.add_row(f"(:{row['label']})", str(row["count"]))
    for row in types:
        table.add_row(f"[:{row['type']}]", str(row["count"]))
    Console().print(table)


def dump() -> None:
    """Print the whole graph as canonical JSON Lines (sorted; equal graphs give equal text)."""
    _quiet_driver()
    try:
        with Graph(get_settings()) as graph:
            lines = dump_lines(graph)
    except UnionKGError as exc:
        raise _fail(exc) from exc
    sys.stdout.writelines(line + "\n" for line in lines)
