"""A synthetic corpus for benchmarks: the seed pages with their places, people and enterprises varied.

``generate_corpus(n_articles, out_dir, seed=0)`` writes pages until they hold
at least ``n_articles`` articles. Page ``i`` is seed page ``i mod 5`` with:

- every place the extractor found in it swapped for another unit of the same
  level from the administrative dataset (cities under the new province,
  counties under the new city where the dataset has them), full and short names;
- every person renamed (a surname from ``extract/data/surnames.csv`` and one or
  two given-name characters);
- every enterprise renamed (a new place-like prefix on the name's tail).

So the graph grows with the corpus instead of re-merging the same nodes. The
same ``seed`` gives the same files.
"""

from __future__ import annotations

import csv
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from extract.models import DocResult  # noqa: E402
from extract.pipeline import Extractor  # noqa: E402
from extract.resources.geo import RegionInfo, gazetteer, region_chain  # noqa: E402
from extract.source.reader import Source, iter_sources  # noqa: E402

GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文斌辉鹏宇浩晨阳欣怡佳琪"


@dataclass(frozen=True)
class Template:
    """One seed page and what can be varied in it."""

    name: str
    text: str
    articles: int
    regions: tuple[RegionInfo, ...]
    persons: tuple[str, ...]
    enterprises: tuple[str, ...]


def load_templates(paths: list[str] | None = None) -> list[Template]:
    """The seed pages, read once with the extractor to find what to vary."""
    extractor = Extractor()
    out: list[Template] = []
    for src in iter_sources(paths or [str(ROOT / "seeds")]):
        if isinstance(src, Source):
            out.append(_template(src, extractor.extract(src.name, src.text)))
    return out


def _template(src: Source, doc: DocResult) -> Template:
    codes = {e.region_code for e in doc.entities if e.region_code}
    regions = {r.code: r for code in codes for r in region_chain(code)}
    names = lambda label: tuple(sorted({e.name for e in doc.entities if e.type == label and len(e.name) >= 2}))  # noqa: E731
    return Template(src.name, src.text, len(doc.articles), tuple(regions.values()), names("Person"), names("Enterprise"))


class Variator:
    """Random but reproducible replacements for places, persons and enterprises."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        gaz = gazetteer()
        self.by_level: dict[str, list[RegionInfo]] = {}
        self.children: dict[str, list[RegionInfo]] = {}
        for info in gaz.by_code.values():
            self.by_level.setdefault(info.level, []).append(info)
            if info.parent_code:
                self.children.setdefault(info.parent_code, []).append(info)
        with (ROOT / "extract" / "data" / "surnames.csv").open(encoding="utf-8") as handle:
            self.surnames = [row[0] for row in csv.reader(handle)][1:]

    def places(self, regions: tuple[RegionInfo, ...]) -> dict[str, str]:
        """Old name → new name for every region (full and short forms)."""
        mapped: dict[str, RegionInfo] = {}
        for old in sorted(regions, key=lambda r: ({"province": 0, "city": 1, "county": 2}[r.level], r.code)):
            parent = mapped.get(old.parent_code or "")
            pool = [c for c in self.children.get(parent.code, []) if c.level == old.level] if parent else []
            mapped[old.code] = self.rng.choice(pool or self.by_level[old.level])
        out: dict[str, str] = {}
        for code, new in mapped.items():
            old = next(r for r in regions if r.code == code)
            out[old.name] = new.name
            if len(old.short) >= 2 and old.short != old.name:
                out.setdefault(old.short, new.short)
        return out

    def person(self) -> str:
        """A new person name."""
        return self.rng.choice(self.surnames) + "".join(self.rng.choices(GIVEN, k=self.rng.choice((1, 2))))

    def enterprise(self, name: str) -> str:
        """A new enterprise name keeping the old one's tail (有限公司, 分行 …)."""
        prefix = self.rng.choice(self.by_level["city"]).short + "".join(self.rng.choices(GIVEN, k=2))
        return prefix + name[min(4, len(name) // 2) :]


def vary(template: Template, variator: Variator) -> str:
    """The template's text with every variable name replaced."""
    table = variator.places(template.regions)
    for person in template.persons:
        table[person] = variator.person()
    for enterprise in template.enterprises:
        table[enterprise] = variator.enterprise(enterprise)
    if not table:
        return template.text
    pattern = re.compile("|".join(re.escape(k) for k in sorted(table, key=len, reverse=True)))
    return pattern.sub(lambda m: table[m.group(0)], template.text)


def generate_corpus(n_articles: int, out_dir: Path, seed: int = 0, templates: list[Template] | None = None) -> list[Path]:
    """Write varied pages into ``out_dir`` until they hold ≥ ``n_articles`` articles; return their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    templates = templates or load_templates()
    variator = Variator(random.Random(seed))
    paths: list[Path] = []
    articles = 0
    while articles < n_articles:
        template = templates[len(paths) % len(templates)]
        path = out_dir / f"{len(paths):05d}_{template.name}"
        path.write_text(vary(template, variator), encoding="utf-8")
        paths.append(path)
        articles += template.articles
    return paths


def varied_texts(min_bytes: int, templates: list[Template], seed: int = 0) -> list[tuple[str, str]]:
    """(name, text) of varied pages, in memory, until they hold ≥ ``min_bytes`` of UTF-8."""
    variator = Variator(random.Random(seed))
    out: list[tuple[str, str]] = []
    size = 0
    while size < min_bytes:
        template = templates[len(out) % len(templates)]
        text = vary(template, variator)
        out.append((f"{len(out):05d}_{template.name}", text))
        size += len(text.encode("utf-8"))
    return out


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n_articles", type=int)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    written = generate_corpus(args.n_articles, args.out_dir, args.seed)
    print(f"{len(written)} pages written to {args.out_dir}")
