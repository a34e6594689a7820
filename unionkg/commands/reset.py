"""``unionkg reset``: empty the graph (after asking, unless ``--yes``)."""

from __future__ import annotations

from typing import Annotated

import typer

from core.errors import UnionKGError
from core.settings import get_settings
from graph.client import Graph
from graph.reset import reset as reset_graph
from unionkg.commands.ingest import _fail, _quiet_driver


def reset(
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
) -> None:
    """Delete every node and relationship of the configured graph (constraints and indexes stay).

    Asks first, naming the server and how many nodes it holds; exit status 1
    when you answer no, 2 when Neo4j is unreachable.
    """
    _quiet_driver()
    settings = get_settings()
    try:
        with Graph(settings) as graph:
            nodes = sum(r["count"] for r in graph.run("stats_labels").rows)
            where = f"{settings.bolt_uri} (database {settings.neo4j_database})"
            if not yes and not typer.confirm(f"Delete all {nodes} nodes of the graph at {where}?", err=True):
                typer.echo("nothing deleted", err=True)
                raise typer.Exit(1)
            deleted = reset_graph(graph)
    except UnionKGError as exc:
        raise _fail(exc) from exc
    typer.echo(f"deleted {deleted} nodes; the graph at {where} is empty", err=True)
