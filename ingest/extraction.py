"""Read and extract pages for ingestion, in this process or in worker processes.

Pages come out in input order whatever the number of workers, so an ingest
is deterministic. A page that cannot be read or extracted comes out as a
:class:`Failure` naming the file and the reason (the others go on).
"""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from core.errors import BadInput
from core.settings import Settings
from extract.models import DocResult
from extract.pipeline import Extractor
from extract.source.reader import Source, iter_sources


@dataclass(frozen=True)
class Failure:
    """A file that was not ingested, and why."""

    message: str


Extracted = DocResult | Failure
_worker_extractor: Extractor | None = None


def extract_one(extractor: Extractor, name: str, text: str) -> Extracted:
    """One page's DocResult, or a Failure naming the file and the error."""
    try:
        return extractor.extract(name, text)
    except Exception as exc:  # reported to the caller, never dropped: the file is named in the summary
        return Failure(f"{name}: extraction failed: {type(exc).__name__}: {exc}")


def _worker_init() -> None:
    global _worker_extractor
    if _worker_extractor is None:
        _worker_extractor = Extractor()


def _worker_extract(item: tuple[str, str] | Failure) -> Extracted:
    if isinstance(item, Failure):
        return item
    assert _worker_extractor is not None
    return extract_one(_worker_extractor, *item)


def _read(paths: Sequence[str]) -> Iterator[tuple[str, str] | Failure]:
    for item in iter_sources(paths):
        if isinstance(item, BadInput):
            yield Failure(item.message)
        else:
            assert isinstance(item, Source)
            yield (item.name, item.text)


def extracted(paths: Sequence[str], extractor: Extractor | None = None, workers: int = 1) -> Iterator[Extracted]:
    """DocResults (or Failures) of every file under ``paths``, in order."""
    if workers <= 1:
        local = extractor or Extractor()
        for item in _read(paths):
            yield item if isinstance(item, Failure) else extract_one(local, *item)
        return
    global _worker_extractor
    _worker_extractor = extractor  # inherited by forked workers; built in each worker when None
    context = multiprocessing.get_context("fork")
    with context.Pool(workers, initializer=_worker_init) as pool:
        yield from pool.imap(_worker_extract, _read(paths), chunksize=2)


class SharedExtractor:
    """One Extractor for a long-lived process (the API), built on first use, one extraction at a time
    (the spaCy pipeline is not shared across threads)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._extractor: Extractor | None = None
        self._lock = threading.Lock()

    def extract(self, name: str, text: str) -> DocResult:
        """One page's DocResult (building the Extractor first, once)."""
        with self._lock:
            if self._extractor is None:
                self._extractor = Extractor(self.settings)
            return self._extractor.extract(name, text)
