"""``unionkg native build | status``: the mypyc-compiled extractor (:mod:`extract.native`)."""

from __future__ import annotations

import typer

from extract import native

app = typer.Typer(help="Compile the extractor with mypyc (used only while it matches the sources).", no_args_is_help=True)


@app.command()
def build(force: bool = typer.Option(False, "--force", help="Rebuild even when the build is current.")) -> None:
    """Compile extract/ into .native/ unless the build there is current (~2 min on 2 cores)."""
    typer.echo(native.build(force=force))


@app.command()
def status() -> None:
    """Say whether this process runs the compiled or the pure-Python extractor, and why."""
    typer.echo(native.status())
