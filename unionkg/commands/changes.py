"""``unionkg changes --since …``: what ingests added, changed or retracted since a time."""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
from typing import Annotated

import typer

from core.errors import UnionKGError
from core.settings import get_settings
from graph.changes import read_changes
from graph.client import Graph

EXIT_GRAPH = 2
MAX_LIMIT = 10_000


def changes(
    since: Annotated[dt.datetime, typer.Option(
        formats=["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%dT%H:%M:%S.%f%z"],
        help="Only changes written after this time (a date or date-time; UTC unless it has an offset).")],
    limit: Annotated[int, typer.Option(min=1, max=MAX_LIMIT, help="Most changes to print.")] = 100,
    offset: Annotated[int, typer.Option(min=0, help="Changes to skip (newest first).")] = 0,
) -> None:
    """Print the change feed after SINCE as JSON Lines, newest first (the items of GET /changes);
    a count goes to standard error."""
    logging.getLogger("neo4j.notifications").setLevel(logging.ERROR)
    try:
        with Graph(get_settings()) as graph:
            page = read_changes(graph, since, offset, limit)
    except UnionKGError as exc:
        typer.secho(f"error: {exc.message}", fg="red", err=True)
        raise typer.Exit(EXIT_GRAPH) from exc
    sys.stdout.writelines(json.dumps(item, ensure_ascii=False, sort_keys=True) + "\n" for item in page["items"])
    shown = len(page["items"])
    typer.echo(f"{shown} of {page['total']} changes since {page['since']} (from {offset})", err=True)
