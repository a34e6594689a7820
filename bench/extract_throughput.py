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
 The script times ``spacy.blank("zh")`` tokenisation, the rules-only
``Extractor`` (``ner="rules"``) and the default one (Baidu LAC under the rules)
over the same pages in the same process, page by page in turn (so all see the
same machine load), and prints their rates in characters a second, the
rules-only ratio to spaCy (target ≥ 0.35), the default extractor's articles a
second on one core (target ≥ 50) and the peak resident memory of the process. It says whether the extractor runs compiled
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

from extract import compiled  # noqa: E402

compiled.use_compiled()  # before the extractor is imported (bench/corpus.py imports it too)

from corpus import load_templates, varied_texts  # noqa: E402

from core.settings import Settings  # noqa: E402
from extract.pipeline import Extractor  # noqa: E402
from extract.source.reader import Source, iter_sources  # noqa: E402

TARGET_RATIO = 0.35  # the rules-only extractor against spaCy's tokeniser
TARGET_ARTICLES = 50.0  # the default extractor (LAC + rules), articles a second on one core


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


def paired_rates(pages: Sequence[Source], *runs: Callable[[Source], object]) -> list[float]:
    """Seconds of CPU each of ``runs`` spent over every page, timed page by page in turn.

    Alternating on every page (rather than one whole pass each) makes all
    see the same machine load, so their ratios are steady even when the
    absolute rates move with the load.
    """
    spent = [0.0] * len(runs)
    for page in pages:
        for i, run in enumerate(runs):
            start = time.process_time()  # CPU time of this (pinned, single-threaded) process
            run(page)
            spent[i] += time.process_time() - start
    return spent


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


def measure(label: str, pages: list[Source], rounds: int) -> tuple[float, float]:
    """Rounds of spaCy, the rules-only extractor and the default one (the statistical model under the
    rules) over ``pages``, page by page in turn; the median ratio rules/spaCy and articles a second."""
    chars = sum(len(p.text) for p in pages)
    megabytes = sum(len(p.text.encode("utf-8")) for p in pages) / 1024 / 1024
    nlp = spacy.blank("zh")
    nlp(pages[0].text)  # warm-up
    rules = Extractor(Settings(ner="rules"))
    model = Extractor(Settings(ner="lac", ner_threads=1))
    articles = sum(len(model.extract(p.name, p.text).articles) for p in pages)  # warm-up too
    print(f"{label} corpus: {len(pages)} pages, {articles} articles, {chars:,} characters, {megabytes:.2f} MB UTF-8")
    ratios: list[float] = []
    rates: list[float] = []
    for round_ in range(1, rounds + 1):
        spacy_s, rules_s, model_s = paired_rates(
            pages, lambda p: nlp(p.text), lambda p: rules.extract(p.name, p.text), lambda p: model.extract(p.name, p.text)
        )
        ratios.append(spacy_s / rules_s)
        rates.append(articles / model_s)
        print(
            f"  round {round_}: spacy.blank('zh') {chars / spacy_s:,.0f} chars/s; rules-only {chars / rules_s:,.0f} chars/s "
            f"(ratio {ratios[-1]:.3f}); default (LAC + rules) {chars / model_s:,.0f} chars/s, "
            f"{rates[-1]:.1f} articles/s (ratio to spaCy {spacy_s / model_s:.3f})"
        )
    ratio, rate = sorted(ratios)[len(ratios) // 2], sorted(rates)[len(rates) // 2]
    verdict = "meets" if ratio >= TARGET_RATIO else "BELOW"
    print(
        f"  {label}: rules-only median ratio {ratio:.3f} over {rounds} rounds "
        f"(min {min(ratios):.3f}, max {max(ratios):.3f}; {verdict} the target {TARGET_RATIO})"
    )
    verdict = "meets" if rate >= TARGET_ARTICLES else "BELOW"
    print(
        f"  {label}: default median {rate:.1f} articles/s on one core "
        f"(min {min(rates):.1f}, max {max(rates):.1f}; {verdict} the target {TARGET_ARTICLES})"
    )
    return ratio, rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0, help="Least size of each corpus in MB of UTF-8 (default 1).")
    parser.add_argument("--rounds", type=int, default=5, help="Timing rounds a corpus (default 5).")
    parser.add_argument("--corpus", choices=["both", "repeated", "varied"], default="both", help="Which corpus to measure (default both).")
    args = parser.parse_args()
    size = int(args.mb * 1024 * 1024)
    print(f"extractor: {compiled.status()}; {pin_to_one_core()}")
    results: dict[str, tuple[float, float]] = {}
    if args.corpus in ("both", "repeated"):
        results["repeated"] = measure("repeated", corpus(size), args.rounds)
    if args.corpus in ("both", "varied"):
        results["varied"] = measure("varied", varied_corpus(size), args.rounds)
    print("rules-only ratio to spacy: " + ", ".join(f"{k} {v[0]:.3f}" for k, v in results.items()) + f" (target {TARGET_RATIO})")
    print("default articles/s (one core): " + ", ".join(f"{k} {v[1]:.1f}" for k, v in results.items()) + f" (target {TARGET_ARTICLES})")
    print(f"peak memory (max RSS): {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
