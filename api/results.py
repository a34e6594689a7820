"""Running one named query for a router: the single row, or a 404 naming the id."""

from __future__ import annotations

from typing import Any

from core.errors import NotFound, parameter
from graph.client import Graph


def one_row(graph: Graph, query: str, params: dict[str, Any], *, what: str, id: str) -> dict[str, Any]:
    """The query's one row; NotFound (404) naming ``what`` and the path's ``id`` when there is none."""
    rows = graph.run(query, params).rows
    if not rows:
        message = f"no {what} with id {id!r}"
        raise NotFound(message, parameter("id", "path", message))
    return rows[0]


def without_nulls(mapping: dict[str, Any]) -> dict[str, Any]:
    """The mapping without its null values (relationship properties not stated)."""
    return {k: v for k, v in mapping.items() if v is not None}
