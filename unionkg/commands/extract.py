"""``unionkg extract PATH…``: one DocResult JSON object per input file on stdout (JSON Lines)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from core.errors import BadInput
from extract.pipeline import Extractor
from extract.source.reader import iter_sources
from unionkg.commands.options import NerOption, use_ner


def extract(
    paths: Annotated[list[str], typer.Argument(help="Source files, directories, globs, or - for stdin.")],
    ner: NerOption = None,
) -> None:
    """Extract entities and relations; print one JSON object per readable file.

    Unreadable inputs are reported on stderr; the others are still processed,
    and the command exits with status 1 at the end if any input was refused.
    """
    use_ner(ner)
    extractor = Extractor()
    failed = 0
    for item in iter_sources(paths):
        if isinstance(item, BadInput):
            failed += 1
            typer.echo(f"error: {item.message}", err=True)
            continue
        sys.stdout.write(extractor.extract(item.name, item.text).model_dump_json() + "\n")
        sys.stdout.flush()
    if failed:
        raise typer.Exit(code=1)
