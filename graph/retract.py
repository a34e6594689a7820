"""Articles whose text changed or that a file no longer has: find them, take back what they stated.

An article is identified by its source file and position (its id); when it
comes again with another ``content_hash``, its evidence entries are removed
from every relationship (relationships left with none are deleted) and its
MENTIONED_IN links are deleted. When a file comes again with fewer articles,
the articles it no longer has are taken back the same way and deleted. After
the new version is written, :func:`delete_orphans` removes the entities that
no article mentions any more. Nothing else changes. What is taken back is
recorded in the batch's :class:`graph.changes.ChangeLog` (the change feed).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from extract.models import DocResult
from graph.changes import ChangeLog
from graph.counts import WriteCounts
from graph.txrun import TxRunner


def stored_hashes(run: TxRunner, docs: Sequence[DocResult]) -> dict[str, str]:
    """The stored content_hash of the batch's articles that are already in the graph."""
    ids = [a.id for d in docs for a in d.articles]
    return {str(r["id"]): str(r["content_hash"]) for r in run.run("ingest_article_hashes", {"ids": ids}).records}


def changed_articles(docs: Sequence[DocResult], stored: Mapping[str, str]) -> list[str]:
    """Ids of the batch's articles stored with a different content_hash."""
    return sorted(a.id for d in docs for a in d.articles if a.id in stored and stored[a.id] != a.content_hash)


def dropped_articles(run: TxRunner, docs: Sequence[DocResult]) -> list[str]:
    """Ids of stored articles of the batch's files that the files no longer have."""
    ids: dict[str, set[str]] = {}
    for d in docs:  # two files of the same name are one page (ids come from name and position)
        ids.setdefault(d.doc, set()).update(a.id for a in d.articles)
    rows = [{"doc": doc, "ids": sorted(kept)} for doc, kept in ids.items()]
    return sorted(str(r["id"]) for r in run.run("ingest_dropped_articles", {"docs": rows}).records)


def delete_articles(run: TxRunner, article_ids: Sequence[str], counts: WriteCounts, log: ChangeLog) -> None:
    """Delete Article nodes already taken back with :func:`retract`."""
    if article_ids:
        deleted = run.run("ingest_delete_articles", {"article_ids": list(article_ids)}).records[0]["deleted"]
        counts.node("Article").deleted += int(deleted)
        log.nodes("Article", ({"id": a, "article_ids": [a]} for a in article_ids), kind="retracted")


@dataclass(frozen=True)
class Touched:
    """The entities that had mentions in taken-back articles: element ids, and the unions' ids."""

    element_ids: list[str] = field(default_factory=list)
    union_ids: list[str] = field(default_factory=list)


def retract(run: TxRunner, article_ids: Sequence[str], counts: WriteCounts, log: ChangeLog) -> Touched:
    """Remove the evidence and mentions of the articles; return the entities they touched."""
    if not article_ids:
        return Touched()
    ids = list(article_ids)
    for rec in run.run("ingest_retract_evidence", {"article_ids": ids}).records:
        counts.rel(rec["type"]).deleted += int(rec["deleted"])
        log.relationships(rec["type"], rec["changes"])
    touched = run.run("ingest_retract_mentions", {"article_ids": ids}).records
    for r in touched:
        log.nodes(str(r["label"]), [{"id": r["id"], "name": r["name"], "article_ids": ids}], kind="changed")
    return Touched([str(r["element_id"]) for r in touched], [str(r["id"]) for r in touched if r["is_union"]])


def delete_orphans(run: TxRunner, element_ids: Sequence[str], counts: WriteCounts, log: ChangeLog) -> None:
    """Delete the given entities that no article mentions any more."""
    if not element_ids:
        return
    for rec in run.run("ingest_delete_orphans", {"element_ids": list(element_ids)}).records:
        counts.node(rec["label"]).deleted += int(rec["deleted"])
        log.nodes(rec["label"], rec["gone"], kind="retracted")
