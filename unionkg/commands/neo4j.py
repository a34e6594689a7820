"""``unionkg neo4j start | stop | status``: the project's local Neo4j."""

from __future__ import annotations

import typer

from core.errors import UnionKGError
from core.settings import get_settings
from graph.server import LocalNeo4j

app = typer.Typer(help="Run a local Neo4j Community server (127.0.0.1, auth on).", no_args_is_help=True)


def _server() -> LocalNeo4j:
    return LocalNeo4j(get_settings())


def _fail(exc: UnionKGError) -> typer.Exit:
    typer.secho(f"error: {exc.message}", fg="red", err=True)
    return typer.Exit(1)


@app.command()
def start() -> None:
    """Start the server (fetching it once from Maven Central) and wait for Bolt."""
    settings = get_settings()
    if not settings.uses_local_server:
        typer.echo(f"NEO4J_URI is set ({settings.neo4j_uri}); using that server, no local one started.")
        return
    server = _server()
    typer.echo(f"Starting Neo4j {settings.neo4j_version} (data in {server.home}) …", err=True)
    try:
        started = server.start()
    except UnionKGError as exc:
        raise _fail(exc) from exc
    if not started:
        typer.echo(f"Neo4j is already running (pid {server.status().pid}); nothing to do.")
        return
    typer.echo(
        f"Neo4j is running: bolt://127.0.0.1:{settings.bolt_port}, "
        f"Browser http://127.0.0.1:{settings.http_port}/browser/ (user {settings.neo4j_user})."
    )


@app.command()
def stop() -> None:
    """Stop the server this project started, and wait until it is gone."""
    if _server().stop():
        typer.echo("Neo4j stopped.")
    else:
        typer.echo("Neo4j was not running.")


@app.command()
def status() -> None:
    """Say whether the local server runs, with its ports, version and data directory."""
    settings = get_settings()
    if not settings.uses_local_server:
        typer.echo(f"external Neo4j: {settings.neo4j_uri} (no local server managed)")
        return
    st = _server().status()
    state = f"running (pid {st.pid})" if st.running else "not running"
    typer.echo(f"Neo4j: {state}")
    typer.echo(f"  version:  {st.version or settings.neo4j_version}")
    typer.echo(f"  bolt:     bolt://127.0.0.1:{st.bolt_port}")
    typer.echo(f"  http:     http://127.0.0.1:{st.http_port}/browser/")
    typer.echo(f"  data dir: {st.data_dir}")
    typer.echo(f"  log:      {st.log_file}")
    if not st.running:
        raise typer.Exit(3)
