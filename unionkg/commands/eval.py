"""``unionkg eval GOLD.jsonl PATH…``: score the extractor against gold lines."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Annotated

import typer
from pydantic import ValidationError
from rich.console import Console

from core.errors import BadInput, UnionKGError
from extract.eval.scoring import Report, load_gold, render, score
from extract.models import DocResult
from extract.source.reader import Source, iter_sources
from unionkg.commands.options import NerOption, use_ner


class EvalReport(Report):
    """The scores, plus the inputs that could not be scored."""

    unscored: list[str]


def eval_(
    gold: Annotated[Path, typer.Argument(help="Gold .jsonl, one line per source file.", dir_okay=False)],
    paths: Annotated[list[str] | None, typer.Argument(help="Source files, directories, globs, or - for stdin.")] = None,
    predictions: Annotated[
        Path | None, typer.Option(help="Score this output of `unionkg extract` instead of running the extractor.")
    ] = None,
    errors: Annotated[bool, typer.Option("--errors", help="List false positives and negatives per file.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    min_entity_f1: Annotated[float | None, typer.Option(help="Exit 1 when overall entity F1 is below this.")] = None,
    min_relation_f1: Annotated[float | None, typer.Option(help="Exit 1 when overall relationship F1 is below this.")] = None,
    ner: NerOption = None,
) -> None:
    """Score extraction against gold: P/R/F1 per label, per relationship type, overall."""
    use_ner(ner)
    err = Console(stderr=True)
    try:
        gold_docs = {g.doc: g for g in load_gold(gold)}
        predicted, unscored = _predictions(predictions, paths or [], set(gold_docs), err)
    except UnionKGError as exc:
        raise _fail(exc.message, err) from exc
    except OSError as exc:
        raise _fail(f"{exc.filename}: {exc.strerror}", err) from exc
    for doc in unscored:
        err.print(f"warning: no gold line for {doc}; not scored", highlight=False)
    if not predicted:
        raise _fail("nothing to score: no input has a gold line", err)
    pairs = [(gold_docs[p.doc], p) for p in predicted]
    report = EvalReport(**score(pairs).model_dump(), unscored=unscored)
    if as_json:
        typer.echo(report.model_dump_json(indent=2))
    else:
        render(report, Console(), errors=errors)
    _check_thresholds(report, min_entity_f1, min_relation_f1, err)


def _fail(message: str, err: Console) -> typer.Exit:
    err.print(f"[red]error:[/red] {message}", highlight=False)
    return typer.Exit(2)


def _predictions(path: Path | None, paths: Sequence[str], gold_docs: set[str], err: Console) -> tuple[list[DocResult], list[str]]:
    """The predictions to score (those with a gold line) and the names left unscored."""
    if path is None and not paths:
        raise BadInput("give source PATHs, or --predictions FILE.jsonl")
    if path is None:
        sources = list(_sources(paths, err))
        scored = [s for s in sources if s.name in gold_docs]
        return list(_extract(scored)), [s.name for s in sources if s.name not in gold_docs]
    loaded = load_predictions(path)
    if paths:
        names = {s.name for s in _sources(paths, err)}
        loaded = [p for p in loaded if p.doc in names]
    return [p for p in loaded if p.doc in gold_docs], [p.doc for p in loaded if p.doc not in gold_docs]


def load_predictions(path: Path) -> list[DocResult]:
    """Read ``unionkg extract`` output; raise :class:`BadInput` naming the bad line."""
    results: list[DocResult] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                results.append(DocResult.model_validate(json.loads(line)))
            except (json.JSONDecodeError, ValidationError) as exc:
                raise BadInput(f"{path}:{number}: not a DocResult line ({type(exc).__name__})") from exc
    return results


def _sources(paths: Sequence[str], err: Console) -> Iterator[Source]:
    for item in iter_sources(paths):
        if isinstance(item, BadInput):
            err.print(f"warning: skipped {item.message}", highlight=False)
        else:
            yield item


def _extract(sources: Sequence[Source]) -> Iterator[DocResult]:
    from extract.pipeline import Extractor  # the heavy pipeline loads only when needed

    extractor = Extractor()
    for source in sources:
        yield extractor.extract(source.name, source.text)


def _check_thresholds(report: Report, entity: float | None, relation: float | None, err: Console) -> None:
    failures = [
        f"{what} F1 {table.overall.f1:.3f} is below {flag} {floor:.3f}"
        for what, table, flag, floor in (
            ("entity", report.entities, "--min-entity-f1", entity),
            ("relationship", report.relations, "--min-relation-f1", relation),
        )
        if floor is not None and table.overall.f1 < floor
    ]
    for failure in failures:
        err.print(f"[red]FAIL:[/red] {failure}", highlight=False)
    if failures:
        raise typer.Exit(1)
