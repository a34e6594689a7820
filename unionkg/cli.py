"""The ``unionkg`` command line: one root, one module a subcommand group."""

from __future__ import annotations

import typer

from extract.compiled import use_compiled

# The compiled extractor, when current and UNIONKG_NATIVE allows: chosen before
# any subcommand imports the extractor (extract/compiled.py).
use_compiled()

app = typer.Typer(
    name="unionkg",
    help="A knowledge graph of Chinese trade unions built from newspaper articles.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)

# Subcommands register here, one line each (modules live in unionkg/commands/).
from unionkg.commands import changes as changes_cmd  # noqa: E402
from unionkg.commands import eval as eval_cmd  # noqa: E402
from unionkg.commands import export as export_cmd  # noqa: E402
from unionkg.commands import extract as extract_cmd  # noqa: E402
from unionkg.commands import ingest as ingest_cmd  # noqa: E402
from unionkg.commands import native as native_cmd  # noqa: E402
from unionkg.commands import neo4j as neo4j_cmd  # noqa: E402
from unionkg.commands import reset as reset_cmd  # noqa: E402
from unionkg.commands import serve as serve_cmd  # noqa: E402

app.add_typer(neo4j_cmd.app, name="neo4j")
app.add_typer(native_cmd.app, name="native")
app.command("eval")(eval_cmd.eval_)
app.command("extract")(extract_cmd.extract)
app.command("ingest")(ingest_cmd.ingest)
app.command("stats")(ingest_cmd.stats)
app.command("dump")(ingest_cmd.dump)
app.command("serve")(serve_cmd.serve)
app.command("export")(export_cmd.export)
app.command("reset")(reset_cmd.reset)
app.command("changes")(changes_cmd.changes)


def main() -> None:
    """Entry point of the console script."""
    app()
