"""A canonical dump of the whole graph: deterministic, for comparing two graphs.

One JSON object a line, nodes first (by id), then relationships (by type,
source id, target id, properties), keys sorted, no internal element ids, so
two graphs holding the same data dump to the same text. The change feed's
ingest times (``first_seen``, ``last_changed`` and the :Change nodes) are
left out: they differ between two ingests of the same data.
"""

from __future__ import annotations

import json
from typing import Any

from graph.client import Graph

DUMP_ROW_CAP = 10**9
DUMP_TIMEOUT = 600.0
VOLATILE = frozenset({"first_seen", "last_changed"})


def _line(obj: dict[str, Any]) -> str:
    obj["properties"] = {k: v for k, v in obj["properties"].items() if k not in VOLATILE}
    return json.dumps(obj, ensure_ascii=False, sort_keys=True)


def dump_lines(graph: Graph) -> list[str]:
    """Every node and relationship as one canonical JSON line each, sorted."""
    nodes = graph.run("ingest_dump_nodes", row_cap=DUMP_ROW_CAP, timeout=DUMP_TIMEOUT).rows
    rels = graph.run("ingest_dump_relationships", row_cap=DUMP_ROW_CAP, timeout=DUMP_TIMEOUT).rows
    node_lines = sorted(_line({"labels": sorted(r["labels"]), "properties": r["properties"]}) for r in nodes)
    rel_lines = sorted(
        _line({"type": r["type"], "source": r["source"], "target": r["target"], "properties": r["properties"]})
        for r in rels
    )
    return node_lines + rel_lines


def canonical_dump(graph: Graph) -> str:
    """The whole graph as canonical JSON Lines text (see :func:`dump_lines`)."""
    return "".join(line + "\n" for line in dump_lines(graph))
