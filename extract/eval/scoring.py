"""Score extractor output against gold lines, by SCHEMA.md "Scoring".

Per file, then micro-averaged: entities match by type and by any shared
normalised name (name or alias, whole strings), each gold entity at most once;
relationships match by type and by both ends (either order for
PARTNERED_WITH); predictions touching an ``ignore`` name are left out.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from core.errors import BadInput
from core.vocab import LABELS, REL_TYPES, Label, RelType
from extract.models import DocResult, Entity, Relation

_EXTRA_STRIP = frozenset("\"'＂＇`<>＜＞")
_STRIP_CATEGORIES = frozenset({"Ps", "Pe", "Pi", "Pf"})  # brackets and quotation marks
_UNDIRECTED: frozenset[str] = frozenset({"PARTNERED_WITH"})


class GoldEntity(BaseModel):
    """One gold node of a file."""

    model_config = ConfigDict(extra="forbid")
    type: Label
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)


class GoldRelation(BaseModel):
    """One gold relationship; ``source`` and ``target`` are gold entity names."""

    model_config = ConfigDict(extra="forbid")
    type: RelType
    source: str
    target: str
    title: str | None = None
    role: str | None = None
    agreement: str | None = None
    year: int | None = None
    conferred_by: str | None = None
    evidence: str | None = None


class GoldDoc(BaseModel):
    """One gold line: everything a file should yield."""

    model_config = ConfigDict(extra="forbid")
    doc: str
    entities: list[GoldEntity] = Field(default_factory=list)
    relations: list[GoldRelation] = Field(default_factory=list)
    ignore: list[str] = Field(default_factory=list)


class Counts(BaseModel):
    """True positives, false positives and false negatives, with P/R/F1.

    A ratio whose denominator is 0 is 1.0 when nothing was expected or
    predicted at all, else 0.0.
    """

    model_config = ConfigDict(frozen=True)

    tp: int = 0
    fp: int = 0
    fn: int = 0
    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0

    @model_validator(mode="before")
    @classmethod
    def _ratios(cls, data: Any) -> Any:
        """P/R/F1 follow from the three counts (given ratios are recomputed)."""
        if not isinstance(data, dict):
            return data
        tp, fp, fn = (int(data.get(k, 0)) for k in ("tp", "fp", "fn"))
        empty = 1.0 if tp + fp + fn == 0 else 0.0
        p = tp / (tp + fp) if tp + fp else empty
        r = tp / (tp + fn) if tp + fn else empty
        return {**data, "precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}

    def __add__(self, other: Counts) -> Counts:
        return Counts(tp=self.tp + other.tp, fp=self.fp + other.fp, fn=self.fn + other.fn)


class ScoreTable(BaseModel):
    """Counts per label (or relationship type) and overall."""

    by_type: dict[str, Counts]
    overall: Counts


class Miss(BaseModel):
    """One false positive or false negative, for reading errors."""

    kind: Literal["entity", "relation"]
    type: str
    name: str = Field(description="Entity name, or 'source → target' for a relationship.")


class DocScore(BaseModel):
    """The score of one file with its false positives and negatives."""

    doc: str
    entities: ScoreTable
    relations: ScoreTable
    false_positives: list[Miss]
    false_negatives: list[Miss]


class Report(BaseModel):
    """Micro-averaged scores over files, and each file's score."""

    entities: ScoreTable
    relations: ScoreTable
    docs: list[DocScore]


def render(report: Report, console: Console, *, errors: bool = False) -> None:
    """Print P/R/F1 per label, per relationship type and overall; FP/FN with ``errors``."""
    console.print(_rich_table("Entities", "label", report.entities))
    console.print(_rich_table("Relationships", "type", report.relations))
    if errors:
        render_errors(report, console)


def render_errors(report: Report, console: Console) -> None:
    """List each file's false positives and false negatives."""
    for doc in report.docs:
        if not (doc.false_positives or doc.false_negatives):
            continue
        console.print(f"[bold]{escape(doc.doc)}[/bold]")
        for tag, misses in (("FP", doc.false_positives), ("FN", doc.false_negatives)):
            for miss in misses:
                console.print(f"  {tag} {miss.kind:<8} {miss.type:<14} {escape(miss.name)}", highlight=False, soft_wrap=True)


def _rich_table(title: str, key: str, table: ScoreTable) -> Table:
    out = Table(title=title, title_justify="left")
    for column in (key, "gold", "pred", "tp", "fp", "fn", "P", "R", "F1"):
        out.add_column(column, justify="left" if column == key else "right")
    for k, c in table.by_type.items():
        if c.tp + c.fp + c.fn:
            out.add_row(k, *_cells(c))
    out.add_section()
    out.add_row("overall", *_cells(table.overall), style="bold")
    return out


def _cells(c: Counts) -> list[str]:
    counts = (c.tp + c.fn, c.tp + c.fp, c.tp, c.fp, c.fn)
    return [str(n) for n in counts] + [f"{x:.3f}" for x in (c.precision, c.recall, c.f1)]


def normalise_name(name: str) -> str:
    """SCHEMA name normalisation, then every quotation mark and bracket removed."""
    out: list[str] = []
    for ch in name:
        if ch.isspace() or ch in _EXTRA_STRIP or unicodedata.category(ch) in _STRIP_CATEGORIES:
            continue
        if "！" <= ch <= "～" and ch.isalnum():  # full-width Latin letters and digits
            ch = chr(ord(ch) - 0xFEE0)
        out.append(ch)
    return "".join(out)


def load_gold(path: Path) -> list[GoldDoc]:
    """Read a gold ``.jsonl`` file; raise :class:`BadInput` naming the bad line."""
    docs: list[GoldDoc] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            docs.append(GoldDoc.model_validate(json.loads(line)))
        except json.JSONDecodeError as exc:
            raise BadInput(f"{path}:{number}: not JSON ({exc.msg})") from exc
        except ValidationError as exc:
            raise BadInput(f"{path}:{number}: not a gold line ({_summary(exc)})") from exc
        if docs[-1].doc in {d.doc for d in docs[:-1]}:
            raise BadInput(f"{path}:{number}: a second line for {docs[-1].doc}")
    return docs


def _summary(exc: ValidationError) -> str:
    return "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())


def score(pairs: Iterable[tuple[GoldDoc, DocResult]]) -> Report:
    """Score each (gold, prediction) pair and micro-average over them."""
    docs = [score_doc(gold, predicted) for gold, predicted in pairs]
    return Report(
        entities=_sum_tables([d.entities for d in docs], LABELS),
        relations=_sum_tables([d.relations for d in docs], REL_TYPES),
        docs=docs,
    )


def score_doc(gold: GoldDoc, predicted: DocResult) -> DocScore:
    """Score one file's prediction against its gold line."""
    ignored = {normalise_name(n) for n in gold.ignore} - {""}
    gold_names = {e.name: _names(e.name, e.aliases) for e in gold.entities}
    entities = [e for e in predicted.entities if not _is_ignored(e, ignored, gold.entities)]
    kept_ids = {e.id for e in entities}
    by_id = {e.id: e for e in predicted.entities}
    relations = [r for r in predicted.relations if _kept_end(r.source, by_id, kept_ids) and _kept_end(r.target, by_id, kept_ids)]
    ent_counts, fp, fn = _match_entities(gold.entities, entities)
    rel_counts, rfp, rfn = _match_relations(gold, gold_names, relations, by_id)
    return DocScore(
        doc=gold.doc,
        entities=ScoreTable(by_type=ent_counts, overall=_total(ent_counts.values())),
        relations=ScoreTable(by_type=rel_counts, overall=_total(rel_counts.values())),
        false_positives=fp + rfp,
        false_negatives=fn + rfn,
    )


def _names(name: str, aliases: Sequence[str]) -> frozenset[str]:
    return frozenset(normalise_name(n) for n in (name, *aliases)) - {""}


def _is_ignored(entity: Entity, ignored: set[str], gold: Sequence[GoldEntity]) -> bool:
    """Touches an ignore name, unless it also carries a gold name of its type."""
    names = _names(entity.name, entity.aliases)
    if not names & ignored:
        return False
    return not any(g.type == entity.type and names & _names(g.name, g.aliases) for g in gold)


def _kept_end(entity_id: str, by_id: Mapping[str, Entity], kept_ids: set[str]) -> bool:
    return entity_id in kept_ids or entity_id not in by_id  # dangling ends stay, as errors


def _match_entities(gold: Sequence[GoldEntity], predicted: Sequence[Entity]) -> tuple[dict[str, Counts], list[Miss], list[Miss]]:
    counts: dict[str, Counts] = {}
    fp: list[Miss] = []
    fn: list[Miss] = []
    for label in LABELS:
        golds = [g for g in gold if g.type == label]
        preds = [p for p in predicted if p.type == label]
        gold_sets = [_names(g.name, g.aliases) for g in golds]
        pred_sets = [_names(p.name, p.aliases) for p in preds]
        pairs = _bipartite(len(preds), len(golds), lambda i, j: bool(pred_sets[i] & gold_sets[j]))
        counts[label] = Counts(tp=len(pairs), fp=len(preds) - len(pairs), fn=len(golds) - len(pairs))
        fp += [Miss(kind="entity", type=label, name=preds[i].name) for i in _unpaired(len(preds), pairs)]
        fn += [Miss(kind="entity", type=label, name=golds[j].name) for j in _unpaired(len(golds), pairs.values())]
    return counts, fp, fn


_End = tuple[str, frozenset[str]]  # (label, normalised names)


def _match_relations(
    gold: GoldDoc,
    gold_names: Mapping[str, frozenset[str]],
    predicted: Sequence[Relation],
    by_id: Mapping[str, Entity],
) -> tuple[dict[str, Counts], list[Miss], list[Miss]]:
    gold_types = {e.name: e.type for e in gold.entities}

    def gold_end(name: str) -> _End:
        return gold_types.get(name, ""), gold_names.get(name, _names(name, ()))

    def pred_end(entity_id: str) -> _End:
        entity = by_id.get(entity_id)
        return (entity.type, _names(entity.name, entity.aliases)) if entity else ("", frozenset())

    counts: dict[str, Counts] = {}
    fp: list[Miss] = []
    fn: list[Miss] = []
    for rel_type in REL_TYPES:
        golds = [r for r in gold.relations if r.type == rel_type]
        preds = [r for r in predicted if r.type == rel_type]
        g_ends = [(gold_end(r.source), gold_end(r.target)) for r in golds]
        p_ends = [(pred_end(r.source), pred_end(r.target)) for r in preds]
        undirected = rel_type in _UNDIRECTED
        pairs = _bipartite(len(preds), len(golds), lambda i, j: _ends_match(p_ends[i], g_ends[j], undirected))
        counts[rel_type] = Counts(tp=len(pairs), fp=len(preds) - len(pairs), fn=len(golds) - len(pairs))
        fp += [
            _rel_miss(rel_type, _display(preds[i].source, by_id), _display(preds[i].target, by_id)) for i in _unpaired(len(preds), pairs)
        ]
        fn += [_rel_miss(rel_type, golds[j].source, golds[j].target) for j in _unpaired(len(golds), pairs.values())]
    return counts, fp, fn


def _ends_match(pred: tuple[_End, _End], gold: tuple[_End, _End], undirected: bool) -> bool:
    def same(p: _End, g: _End) -> bool:
        return p[0] == g[0] and bool(p[1] & g[1])

    straight = same(pred[0], gold[0]) and same(pred[1], gold[1])
    return straight or (undirected and same(pred[0], gold[1]) and same(pred[1], gold[0]))


def _bipartite(n_pred: int, n_gold: int, fits: Callable[[int, int], bool]) -> dict[int, int]:
    """Maximum matching predicted → gold (Kuhn's augmenting paths); each side used once."""
    edges = [[j for j in range(n_gold) if fits(i, j)] for i in range(n_pred)]
    gold_to_pred: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j not in seen:
                seen.add(j)
                if j not in gold_to_pred or augment(gold_to_pred[j], seen):
                    gold_to_pred[j] = i
                    return True
        return False

    for i in range(n_pred):
        augment(i, set())
    return {i: j for j, i in gold_to_pred.items()}


def _unpaired(n: int, paired: Iterable[int]) -> list[int]:
    taken = set(paired)
    return [k for k in range(n) if k not in taken]


def _display(entity_id: str, by_id: Mapping[str, Entity]) -> str:
    entity = by_id.get(entity_id)
    return entity.name if entity else f"<unknown id {entity_id}>"


def _rel_miss(rel_type: str, source: str, target: str) -> Miss:
    return Miss(kind="relation", type=rel_type, name=f"{source} → {target}")


def _total(counts: Iterable[Counts]) -> Counts:
    return sum(counts, Counts())


def _sum_tables(tables: Sequence[ScoreTable], keys: Sequence[str]) -> ScoreTable:
    by_type = {k: _total(t.by_type.get(k, Counts()) for t in tables) for k in keys}
    return ScoreTable(by_type=by_type, overall=_total(t.overall for t in tables))
