"""``unionkg export``: the graph as CSV, GraphML or JSON Lines files."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from core.errors import UnionKGError
from core.settings import get_settings
from graph.client import Graph
from graph.export import LABELS, TYPES, Selection, count
from graph.export_formats import Format, export_chunks
from graph.export_sinks import write_directory, write_stream, zip_stream
from unionkg.commands.ingest import _fail, _quiet_driver


class ExportFormat(str, Enum):
    csv = "csv"
    graphml = "graphml"
    jsonl = "jsonl"


def _write(graph: Graph, fmt: Format, selection: Selection, out: str, progress: Progress | None) -> str:
    """Write the export to ``out``; what was written, for the closing line."""
    total = count(graph, selection)
    task = progress.add_task("export", total=total) if progress else None
    advance = (lambda n: progress.advance(task, n)) if progress and task is not None else None
    chunks = export_chunks(graph, fmt, selection, progress=advance)
    if fmt == "csv" and not out.endswith(".zip"):
        files = write_directory(chunks, Path(out))
        written = f"{len(files)} files in {out}"
    else:
        write_stream(zip_stream(chunks) if fmt == "csv" else chunks, None if out == "-" else Path(out))
        written = "standard output" if out == "-" else out
    if progress and task is not None:
        progress.update(task, completed=total)
    return written


def export(
    out: Annotated[str, typer.Argument(help="Where to write: a directory or a .zip (csv), a file or - (graphml, jsonl).")],
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="csv, graphml or jsonl.")] = ExportFormat.csv,
    label: Annotated[list[str] | None, typer.Option("--label", help=f"Only these labels (repeat): {', '.join(LABELS)}.")] = None,
    rel_type: Annotated[
        list[str] | None, typer.Option("--type", help=f"Only these relationship types (repeat): {', '.join(TYPES)}.")
    ] = None,
    since: Annotated[
        dt.datetime | None, typer.Option(formats=["%Y-%m-%d"], help="Only what articles dated on or after DATE (YYYY-MM-DD) state.")
    ] = None,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Show a progress bar.")] = True,
) -> None:
    """Export nodes and relationships, with their evidence, read from Neo4j page by page.

    csv: one nodes_<Label>.csv per label and one edges_<TYPE>.csv per type
    (one row per evidence sentence), into the directory OUT, or a zip when OUT
    ends in .zip. graphml: one GraphML file (Gephi, networkx). jsonl: one JSON
    object a line with the full evidence. Exit status 2 when Neo4j is unreachable.
    """
    _quiet_driver()
    console = Console(stderr=True)
    try:
        selection = Selection(tuple(label or LABELS), tuple(rel_type or TYPES), since.date() if since else None)
        with Graph(get_settings()) as graph:
            if progress and console.is_terminal:
                columns = (TextColumn("export"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
                with Progress(*columns, console=console, transient=True) as bar:
                    written = _write(graph, fmt.value, selection, out, bar)
            else:
                written = _write(graph, fmt.value, selection, out, None)
    except UnionKGError as exc:
        raise _fail(exc) from exc
    console.print(f"exported {fmt.value} to {written}")
