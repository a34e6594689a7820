"""The ``unionkg`` command line: one root, one module a subcommand group."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="unionkg",
    help="A knowledge graph of Chinese trade unions built from newspaper articles.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)

# Subcommands register here, one line each (modules live in unionkg/commands/).
from unionkg.commands import eval as eval_cmd  # noqa: E402

app.command("eval")(eval_cmd.eval_)


def main() -> None:
    """Entry point of the console script."""
    app()
