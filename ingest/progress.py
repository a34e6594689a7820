"""The progress bar of an ingest (files, articles, articles/s), or none."""

from __future__ import annotations

import glob
import time
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

from extract.source.reader import TEXT_SUFFIXES


def count_files(paths: Sequence[str]) -> int:
    """How many files ``paths`` expand to (the reader's rules: directories, globs, ``-``)."""
    total = 0
    for arg in paths:
        matches = sorted(glob.glob(arg, recursive=True)) if glob.has_magic(arg) else [arg]
        for match in matches:
            path = Path(match)
            if path.is_dir():
                total += sum(
                    1
                    for p in path.rglob("*")
                    if p.is_file()
                    and p.suffix.lower() in TEXT_SUFFIXES
                    and not any(part.startswith(".") for part in p.relative_to(path).parts)
                )
            else:
                total += 1
    return total


class IngestProgress:
    """A rich progress bar when ``enabled``; otherwise does nothing."""

    def __init__(self, enabled: bool, total_files: int | None, console: Console | None = None) -> None:
        self.enabled = enabled
        self.started = time.monotonic()
        self.articles = 0
        self._bar = Progress(
            TextColumn("[bold]ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("files"),
            TextColumn("{task.fields[articles]} articles"),
            TextColumn("{task.fields[rate]:.1f} articles/s"),
            TimeElapsedColumn(),
            console=console or Console(stderr=True),
            transient=False,
        )
        self._task: TaskID | None = None
        self.total_files = total_files

    def __enter__(self) -> IngestProgress:
        if self.enabled:
            self._bar.start()
            self._task = self._bar.add_task("ingest", total=self.total_files, articles=0, rate=0.0)
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if self.enabled:
            self._bar.stop()

    def advance(self, files: int, articles: int) -> None:
        """Record files done and articles written."""
        self.articles += articles
        if self._task is not None:
            rate = self.articles / max(time.monotonic() - self.started, 1e-9)
            self._bar.update(self._task, advance=files, articles=self.articles, rate=rate)
