"""Extraction throughput against bare spaCy tokenisation, on one core.

Run on demand (not a test)::

    uv run python bench/extract_throughput.py            # ≥ 1 MB, the default
    uv run python bench/extract_throughput.py --mb 4     # a larger corpus

Two corpora of at least ``--mb`` megabytes of UTF-8 each, measured in turn:

- ``repeated``: the seed pages and our own test articles, read with the
  project's reader, repeated verbatim;
- ``varied``: the same pages with every place, person and enterprise the
  extractor finds in them renamed in each copy (``bench/corpus.py``), so the
  extractor's small caches keyed by names (generic-word stripping, name
  checks) miss as they would on new text instead of serving the repeats.
 The script times ``spacy.blank("zh")`` tokenisation and the full
``Extractor`` over the same pages in the same process, page by page in turn
(so both see the same machine load), prints both rates in
characters a second, their ratio (target ≥ 0.35) and the peak resident
memory of the process. It says whether the extractor runs compiled
(``unionkg native build``, done by ``make install``) or as pure Python
(``UNIONKG_NATIVE=0``, or no current build). The process pins itself to one CPU where the OS
allows it (Linux), so both figures are single-core.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpus import load_templates, varied_texts  # noqa: E402
from extract import native  # noqa: E402
from extract.pipeline import Extractor  # noqa: E402
from extract.reader import Source, iter_sources  # noqa: E402

TARGET_RATIO = 0.35


PAGE_DIRS = [str(ROOT / "seeds"), str(ROOT / "tests" / "articles")]


def corpus(min_bytes: int) -> list[Source]:
    """Seed pages and own articles, repeated until they hold ``min_bytes`` of UTF-8."""
    pages = [s for s in iter_sources(PAGE_DIRS) if isinstance(s, Source)]
    if not pages:
        raise SystemExit("no pages found under seeds/ or tests/articles/")
    out: list[Source] = []
    size = 0
    while size < min_bytes:
        for page in pages:
            out.append(Source(name=f"{len(out):05d}_{page.name}", text=page.text, encoding=page.encoding))
            size += len(page.text.encode("utf-8"))
    return out


def varied_corpus(min_bytes: int) -> list[Source]:
    """The same pages with their places, persons and enterprises renamed in every copy."""
    texts = varied_texts(min_bytes, load_templates(PAGE_DIRS))
    return [Source(name=name, text=text, encoding="utf-8") for name, text in texts]


def paired_rates(pages: Sequence[Source], first: Callable[[Source], object], second: Callable[[Source], object]) -> tuple[float, float]:
    """Characters a second of ``first`` and of ``second`` over every page, timed page by page in turn.

    Alternating on every page (rather than one whole pass each) makes both
    see the same machine load, so their ratio is steady even when the
    absolute rates move with the load.
    """
    chars = sum(len(p.text) for p in pages)
    spent = [0.0, 0.0]
    for page in pages:
        for i, run in enumerate((first, second)):
            start = time.process_time()  # CPU time of this (pinned, single-threaded) process
            run(page)
            spent[i] += time.process_time() - start
    return chars / spent[0], chars / spent[1]


def peak_rss_mb() -> float:
    """Peak resident set size of this process (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def pin_to_one_core() -> str:
    """Restrict the process to its first allowed CPU, where supported."""
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity here)"
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    return f"pinned to CPU {cpu}"


def measure(label: str, pages: list[Source], rounds: int) -> float:
    """Rounds of spaCy and the extractor over ``pages`` (page by page in turn); the median ratio."""
    chars = sum(len(p.text) for p in pages)
    megabytes = sum(len(p.text.encode("utf-8")) for p in pages) / 1024 / 1024
    print(f"{label} corpus: {len(pages)} pages, {chars:,} characters, {megabytes:.2f} MB UTF-8")
    nlp = spacy.blank("zh")
    nlp(pages[0].text)  # warm-up
    extractor = Extractor()
    extractor.extract(pages[0].name, pages[0].text)  # warm-up: lexicons, automata
    ratios: list[float] = []
    for round_ in range(1, rounds + 1):  # page by page in turn: both see the same machine load
        spacy_rate, full_rate = paired_rates(pages, lambda p: nlp(p.text), lambda p: extractor.extract(p.name, p.text))
        ratios.append(full_rate / spacy_rate)
        print(
            f"  round {round_}: spacy.blank('zh') tokenisation {spacy_rate:,.0f} chars/s; "
            f"Extractor {full_rate:,.0f} chars/s; ratio {ratios[-1]:.3f}"
        )
    ratio = sorted(ratios)[len(ratios) // 2]
    verdict = "meets" if ratio >= TARGET_RATIO else "BELOW"
    print(f"  {label}: median ratio {ratio:.3f} over {rounds} rounds (min {min(ratios):.3f}, max {max(ratios):.3f}; {verdict} the target {TARGET_RATIO})")
    return ratio


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0, help="Least size of each corpus in MB of UTF-8 (default 1).")
    parser.add_argument("--rounds", type=int, default=5, help="Timing rounds a corpus (default 5).")
    parser.add_argument("--corpus", choices=["both", "repeated", "varied"], default="both", help="Which corpus to measure (default both).")
    args = parser.parse_args()
    size = int(args.mb * 1024 * 1024)
    print(f"extractor: {native.status()}; {pin_to_one_core()}")
    results: dict[str, float] = {}
    if args.corpus in ("both", "repeated"):
        results["repeated"] = measure("repeated", corpus(size), args.rounds)
    if args.corpus in ("both", "varied"):
        results["varied"] = measure("varied", varied_corpus(size), args.rounds)
    print("ratio extractor/spacy: " + ", ".join(f"{k} {v:.3f}" for k, v in results.items()) + f" (target {TARGET_RATIO})")
    print(f"peak memory (max RSS): {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
