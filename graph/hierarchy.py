"""PART_OF across the whole graph, and the evidence of every PART_OF.

The extractor links a union to its direct parent only when both are named in
the same page. After each batch is written, the writer derives the missing
links from the whole graph: the administrative federations' ``level`` and
``region_code`` and the Region nodes (``LOCATED_IN`` up to the province):

- a street/town union or an industry union → the federation of its region;
- a county/district federation → its city's, a city's → its province's;
- a province federation, or an industry union with no region → 中华全国总工会.

Direct parents only: no link skips a level, even when the level between is
missing from the graph. It looks up from the batch's unions (as children),
and down from federations new in the batch (as parents); unions whose
evidence was taken back are looked at both ways. A union that already has a
PART_OF to a union keeps it. Several nodes for one federation: the one with
the longest name (then the smallest id) is the parent.

Every PART_OF has evidence. ``basis`` says where it comes from:
``sentence`` (read from a sentence: the usual evidence), ``geography``
(``region_codes`` = the child's and the parent's codes), ``name`` (a union
named after its enterprise) or ``article`` (a town union named without its
county, in an article naming one county federation). The evidence entries of
a link not read from a sentence are the sentences where each end is named
(the child's first, then the parent's): the articles that named both ends.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from extract.models import DocResult, Entity, Evidence, Relation
from extract.text.split import sentence_at
from graph.counts import WriteCounts
from graph.txrun import TxRunner

FEDERATION_LEVELS = frozenset({"national", "province", "city", "county"})
_CHILD_LEVELS = frozenset({"township", "industry", "county", "city", "province"})
Row = dict[str, Any]


def page_basis(child: Entity, parent: Entity) -> tuple[str, list[str] | None]:
    """The basis and region codes of a PART_OF the extractor derived within a page."""
    if parent.type != "Union":
        return "name", None
    geographic = child.level in _CHILD_LEVELS and parent.level in FEDERATION_LEVELS
    if geographic and (child.region_code or parent.level == "national"):
        return "geography", [c for c in (child.region_code, parent.region_code) if c]
    return "article", None


def page_evidence(doc: DocResult, child: Entity, parent: Entity) -> list[Evidence]:
    """The sentences naming each end, preferably in one article naming both."""
    both = {m.article_id for m in child.mentions} & {m.article_id for m in parent.mentions}
    articles = {a.id: a for a in doc.articles}
    out: list[Evidence] = []
    for end in (child, parent):
        mentions = sorted(end.mentions, key=lambda m: (m.article_id not in both, m.start))
        for m in mentions[:1]:
            article = articles.get(m.article_id)
            if article is not None:
                out += _evidence(m.article_id, article.text, article.start, m.start, m.end)
    return unique(out)


def unique(evidence: Iterable[Evidence]) -> list[Evidence]:
    """Evidence entries without repeats of one (article id, start)."""
    seen: set[tuple[str, int]] = set()
    out = []
    for e in evidence:
        if (e.article_id, e.start) not in seen:
            seen.add((e.article_id, e.start))
            out.append(e)
    return out


def annotate_page_link(doc: DocResult, rel: Relation, entities: Mapping[str, Entity]) -> tuple[str, list[str] | None, list[Evidence]]:
    """basis, region codes and evidence of one PART_OF of a page."""
    if rel.evidence:
        return "sentence", None, rel.evidence
    child, parent = entities.get(rel.source), entities.get(rel.target)
    if child is None or parent is None:
        return "article", None, []
    basis, codes = page_basis(child, parent)
    return basis, codes, page_evidence(doc, child, parent)


def new_federations(run: TxRunner, unions: Iterable[Row]) -> list[str]:
    """Ids of the batch's federations that are not in the graph yet (read before writing)."""
    ids = [u["id"] for u in unions if u.get("level") in FEDERATION_LEVELS]
    if not ids:
        return []
    stored = {str(r["id"]) for r in run.run("ingest_existing_unions", {"ids": ids}).records}
    return [i for i in ids if i not in stored]


def derive_part_of(
    run: TxRunner, children: Sequence[str], parents: Sequence[str], counts: WriteCounts,
) -> list[dict[str, Any]]:
    """Link the given unions to their direct parents, and new federations to their children;
    returns the records of ``write_part_of`` (their ``changes`` feed the change log)."""
    if not children and not parents:
        return []
    params = {"children": sorted(set(children)), "parents": sorted(set(parents))}
    rows = derived_rows(run.run("ingest_part_of_candidates", params).records)
    if not rows:
        return []
    out = run.run_rows("write_part_of", rows)
    counts.rel("PART_OF").created += out.relationships_created
    counts.rel("PART_OF").updated += out.total("merged") - out.relationships_created
    return out.records


def derived_rows(records: Iterable[Mapping[str, Any]]) -> list[Row]:
    """One write_part_of row per child: its parent (longest name, then smallest id) and evidence."""
    best: dict[str, Mapping[str, Any]] = {}
    for rec in records:
        current = best.get(rec["child"])
        if current is None or (-len(rec["parent_name"]), rec["parent"]) < (-len(current["parent_name"]), current["parent"]):
            best[rec["child"]] = rec
    rows = []
    for child in sorted(best):
        rec = best[child]
        named = [e for end in (rec["child_named"], rec["parent_named"]) for e in _named_evidence(end)]
        evidence = [e.model_dump() for e in unique(named)]
        codes = [c for c in (rec["child_code"], rec["parent_code"]) if c]
        rows.append({"source": child, "target": rec["parent"], "basis": "geography", "region_codes": codes,
                     "evidence": evidence})
    return [r for r in rows if r["evidence"]]


def _named_evidence(named: Mapping[str, Any] | None) -> list[Evidence]:
    """The evidence entry of one stored mention: {article_id, start, text, span}."""
    if not named or named.get("start") is None or not named.get("span"):
        return []
    start, end = (int(x) for x in str(named["span"]).split(":"))
    return _evidence(str(named["article_id"]), str(named["text"]), int(named["start"]), start, end)


def _evidence(article_id: str, text: str, article_start: int, start: int, end: int) -> list[Evidence]:
    sentence = sentence_at(text, article_start, start)
    if sentence is None:
        local = start - article_start
        return [Evidence(article_id=article_id, sentence=text[local:end - article_start], start=start, end=end)]
    return [Evidence(article_id=article_id, sentence=sentence.text, start=sentence.start, end=sentence.end)]
