"""Write extractor results into Neo4j: batched, idempotent, with provenance.

``GraphWriter.write`` groups DocResults into batches and writes each batch in
ONE transaction: read the stored hashes of its articles and the candidate
Persons (one query each; the second skipped when there is nothing to look
up) and the stored articles the batch's files no longer have, take back the
articles whose text changed or that were dropped (no query when none were), then
``UNWIND $rows … MERGE`` once per label and relationship type (chunks of
``write_batch_size`` rows), then delete entities left unmentioned, then
derive the PART_OF links the batch makes possible across the whole graph
(:mod:`graph.hierarchy`), then record what changed (:mod:`graph.changes`). A crash
loses at most the batch in flight; every MERGE is idempotent, so running the
same input again (all or part of it) converges on the same graph.

The write queries say ``CYPHER replan=skip`` (the ``planned_once`` fragment,
``cypher/fragments/``, documents why) and share their evidence and mention
blocks as fragments too (see :mod:`graph.queries`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import partial
from typing import Any

import neo4j

from core.vocab import LABELS, REL_TYPES, Label, RelType
from extract.models import DocResult
from graph.changes import ChangeLog, write_changes
from graph.client import Graph
from graph.counts import Tally, WriteCounts
from graph.hierarchy import derive_part_of, new_federations
from graph.people import PersonKey, assign, candidate_params, has_lookups, parse_candidates, person_refs
from graph.retract import changed_articles, delete_articles, delete_orphans, dropped_articles, retract, stored_hashes
from graph.rows import BatchRows, build_rows
from graph.txrun import Outcome, TxRunner

ENTITY_QUERIES: dict[Label, str] = {label: f"write_{label.lower()}" for label in LABELS}
RELATION_QUERIES: dict[RelType, str] = {rel: f"write_{rel.lower()}" for rel in REL_TYPES}


def doc_batches(results: Iterable[DocResult], size: int) -> Iterator[list[DocResult]]:
    """Consecutive groups of pages holding at most ``size`` entities and as many relations (a larger
    page alone); ``results`` may be a stream: a group is given as soon as the next page would overflow it."""
    batch: list[DocResult] = []
    entities = relations = 0
    for doc in results:
        if batch and (entities + len(doc.entities) > size or relations + len(doc.relations) > size):
            yield batch
            batch, entities, relations = [], 0, 0
        batch.append(doc)
        entities += len(doc.entities)
        relations += len(doc.relations)
    if batch:
        yield batch


class GraphWriter:
    """Writes DocResults into the graph (see the module docstring)."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self.batch_size = graph.settings.write_batch_size
        self._schema_ready = False
        self.timings: dict[str, float] | None = None
        """Seconds spent in each named query, when set to a dict (benchmarks)."""

    def write(self, results: Iterable[DocResult], on_batch: Callable[[list[DocResult]], None] | None = None) -> WriteCounts:
        """Write the pages (a sequence or a stream), one transaction per batch (:func:`doc_batches`);
        ``on_batch`` hears of each batch once it is written. Returns what was created and updated."""
        self.ensure_schema()
        total = WriteCounts()
        for batch in doc_batches(results, self.batch_size):
            total += self.graph.execute(partial(self._write_batch, batch), read=False)
            if on_batch is not None:
                on_batch(batch)
        return total

    def ensure_schema(self) -> None:
        """Apply the constraints and indexes once, before the first write."""
        if not self._schema_ready:
            self.graph.apply_schema()
            self._schema_ready = True

    def _write_batch(self, docs: list[DocResult], tx: neo4j.ManagedTransaction) -> WriteCounts:
        run = TxRunner(tx, self.graph.registry, self.batch_size, self.timings)
        counts = WriteCounts(articles=sum(len(d.articles) for d in docs))
        stored = stored_hashes(run, docs)
        changed, dropped = changed_articles(docs, stored), dropped_articles(run, docs)
        people = self._people(run, docs, stored)
        log = ChangeLog()
        touched = retract(run, changed + dropped, counts, log)
        delete_articles(run, dropped, counts, log)
        counts.changed_articles += len(changed)
        rows = build_rows(docs, people)
        unions = rows.entities.get("Union", [])
        new = new_federations(run, unions)
        _write_rows(run, rows, counts, log)
        delete_orphans(run, touched.element_ids, counts, log)
        derived = derive_part_of(run, [u["id"] for u in unions] + touched.union_ids, new + touched.union_ids, counts)
        log.relationships("PART_OF", (c for r in derived for c in r["changes"]))
        write_changes(run, log)
        return counts

    @staticmethod
    def _people(run: TxRunner, docs: list[DocResult], stored: Mapping[str, str]) -> dict[PersonKey, str]:
        """Graph ids of the batch's persons (one candidate read, none when there is nothing to look up)."""
        refs = person_refs(docs)
        params = candidate_params(refs, stored)
        found = parse_candidates(run.run("ingest_person_candidates", params).records) if has_lookups(params) else {}
        return assign(refs, found)


def _write_rows(run: TxRunner, rows: BatchRows, counts: WriteCounts, log: ChangeLog) -> None:
    out = run.run_rows("write_articles", rows.articles)
    _tally(counts.node("Article"), out.nodes_created, len(rows.articles))
    log.nodes("Article", _changes(out))
    if rows.regions:
        out = run.run_rows("write_regions", rows.regions)
        _tally(counts.node("Region"), out.nodes_created, len(rows.regions))
        _tally(counts.rel("LOCATED_IN"), out.relationships_created, out.total("links"))
    for label, entity_rows in rows.entities.items():
        out = run.run_rows(ENTITY_QUERIES[label], entity_rows)
        _tally(counts.node(label), out.nodes_created, len(entity_rows))
        _tally(counts.rel("MENTIONED_IN"), out.relationships_created, out.total("mentions"))
        log.nodes(label, _changes(out))
    if rows.bodies:
        out = run.run_rows("write_located_in", rows.bodies)
        _tally(counts.rel("LOCATED_IN"), out.relationships_created, out.total("merged"))
    for rel_type, rel_rows in rows.relations.items():
        out = run.run_rows(RELATION_QUERIES[rel_type], rel_rows)
        merged = out.total("merged")
        _tally(counts.rel(rel_type), out.relationships_created, merged)
        counts.unlinked += len(rel_rows) - merged
        log.relationships(rel_type, _changes(out))


def _changes(out: Outcome) -> list[dict[str, Any]]:
    """The ``changes`` column of a write query's records (see graph/changes.py)."""
    return [c for r in out.records for c in r["changes"]]


def _tally(tally: Tally, created: int, merged: int) -> None:
    tally.created += created
    tally.updated += merged - created
