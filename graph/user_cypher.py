"""A researcher's own Cypher: checked read-only by its plan, then run read-only.

This is the one place where user-written Cypher reaches Neo4j. A query runs
only when ``EXPLAIN`` says it is a plain read:

- the plan's query type is ``r`` (Neo4j reports ``w``/``rw`` for CREATE, MERGE,
  SET, DELETE, REMOVE, FOREACH writes and writing procedures, ``s`` for schema
  and administration commands and DBMS procedures);
- no operator of the plan loads data or acts on the server (``LOAD CSV``,
  ``SHOW``/``TERMINATE TRANSACTIONS``, settings, administration commands);
- every procedure called is on a short allow-list of read-only ones.

It then runs once (never retried) in a READ transaction (Neo4j refuses a write
there too), with the timeout, the row cap and the byte cap (the rows' size as
JSON); ``truncated`` says a cap cut the rows and ``truncated_by`` which one.
Neo4j's own per-transaction memory limit (``db.memory.transaction.max``) stops
a query that builds huge lists before it can exhaust the server.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Literal

import neo4j
from neo4j.exceptions import ClientError
from neo4j.graph import Node, Path, Relationship

from core.errors import BadParameter, Forbidden, parameter
from graph.client import Graph, GraphError, translate_errors

READ_PROCEDURES = frozenset({
    "db.labels", "db.relationshipTypes", "db.propertyKeys",
    "db.schema.visualization", "db.schema.nodeTypeProperties", "db.schema.relTypeProperties",
    "db.index.fulltext.queryNodes", "db.index.fulltext.queryRelationships",
})
"""Procedures a user query may call: read-only, no effect on the server."""

REFUSED_OPERATORS = ("LoadCSV", "AdministrationCommand", "ShowTransactions", "TerminateTransactions", "ShowSettings")
"""Plan operators refused even in a query Neo4j types as read (``r``)."""

_USER_ERRORS = ("Neo.ClientError.Statement.", "Neo.ClientError.Procedure.", "Neo.ClientError.Schema.")


@dataclass(frozen=True)
class UserQueryResult:
    """Columns and rows (JSON-ready), capped; ``truncated`` says the cap cut them."""

    columns: list[str]
    rows: list[list[Any]]
    truncated: bool
    truncated_by: Literal["rows", "bytes"] | None = None


@contextmanager
def _user_errors() -> Iterator[None]:
    """A query Neo4j rejects (syntax, types, missing parameter, unknown procedure) is the user's 422."""
    try:
        yield
    except ClientError as exc:
        _raise_if_users(exc.code or "", exc.message or str(exc), exc)
        raise
    except GraphError as exc:
        _raise_if_users(str(exc.details.get("neo4j_code") or ""), exc.message, exc)
        raise
    except (OverflowError, ValueError, TypeError) as exc:  # the driver cannot send a parameter (an int past 64 bits)
        message = f"a parameter value cannot be sent to Neo4j: {exc}"
        raise BadParameter(message, parameter("params", "body", message)) from exc


def _raise_if_users(code: str, message: str, exc: Exception) -> None:
    if code.startswith(_USER_ERRORS) and "TransactionTimedOut" not in code:
        text = f"Neo4j rejected the query: {message}"
        raise BadParameter(text, parameter("query", "body", text, neo4j_code=code)) from exc


def _operators(plan: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    """(operator name, details) of every operator of a plan, depth first."""
    name = str(plan.get("operatorType", "")).split("@")[0]
    yield name, str(plan.get("args", {}).get("Details", ""))
    for child in plan.get("children", []):
        yield from _operators(child)


def refusal(query_type: str | None, plan: Mapping[str, Any] | None) -> str | None:
    """Why a planned query is not a plain read, or None when it is one."""
    if query_type != "r":
        kind = {"w": "writes", "rw": "writes", "s": "is a schema, administration or DBMS command"}.get(query_type or "", "is not a read")
        return f"the query {kind} (plan query type {query_type!r}); only read-only queries may run"
    for name, details in _operators(plan or {}):
        if name.startswith(REFUSED_OPERATORS):
            return f"the query uses {name}, which is not allowed here; only plain read queries may run"
        if name == "ProcedureCall":
            procedure = details.split("(")[0].strip()
            if procedure not in READ_PROCEDURES:
                return f"the procedure {procedure!r} is not allowed; allowed: {', '.join(sorted(READ_PROCEDURES))}"
    return None


def check_read_only(graph: Graph, query: str, params: Mapping[str, Any]) -> None:
    """Raise Forbidden (403) unless ``EXPLAIN`` shows a plain read query (planning has the query timeout too)."""
    explain = neo4j.Query(f"EXPLAIN {query}", timeout=graph.settings.query_timeout)
    with _user_errors(), translate_errors(graph.uri), graph.session(read=True) as session:
        summary = session.run(explain, dict(params)).consume()
    reason = refusal(summary.query_type, summary.plan)
    if reason:
        raise Forbidden(reason, {"query_type": summary.query_type})


def run_user_query(
    graph: Graph, query: str, params: Mapping[str, Any] | None = None,
    *, timeout: float | None = None, row_cap: int | None = None, byte_cap: int | None = None,
) -> UserQueryResult:
    """Check ``query`` read-only, then run it once in a READ transaction with a timeout, row and byte caps."""
    params = dict(params or {})
    if not query.strip():
        raise BadParameter("query must not be empty", parameter("query", "body", "query must not be empty"))
    check_read_only(graph, query, params)
    rows_cap = graph.settings.row_cap if row_cap is None else row_cap
    bytes_cap = graph.settings.cypher_max_bytes if byte_cap is None else byte_cap

    def fetch(tx: neo4j.Transaction) -> UserQueryResult:
        result = tx.run(query, params)
        rows: list[list[Any]] = []
        size = 2  # the rows' list brackets; each row adds its JSON and a comma
        for record in result:
            if len(rows) == rows_cap:
                return UserQueryResult(list(result.keys()), rows, True, "rows")
            row = [to_json(v) for v in record.values()]
            size += json_size(row) + 1
            if size > bytes_cap:
                return UserQueryResult(list(result.keys()), rows, True, "bytes")
            rows.append(row)
        return UserQueryResult(list(result.keys()), rows, False)

    with _user_errors():
        return graph.run_once(fetch, timeout=timeout)


def json_size(value: Any) -> int:
    """Bytes of ``value`` as compact UTF-8 JSON (what it adds to an answer)."""
    return len(json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str).encode("utf-8"))


def to_json(value: Any) -> Any:
    """A driver value as JSON: nodes, relationships and paths as maps, temporals as ISO text."""
    if isinstance(value, Node):
        return {"element_id": value.element_id, "labels": sorted(value.labels), "properties": to_json(dict(value))}
    if isinstance(value, Relationship):
        return {
            "element_id": value.element_id, "type": value.type,
            "start": value.start_node.element_id if value.start_node else None,
            "end": value.end_node.element_id if value.end_node else None,
            "properties": to_json(dict(value)),
        }
    if isinstance(value, Path):
        return {"nodes": [to_json(n) for n in value.nodes], "relationships": [to_json(r) for r in value.relationships]}
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in value]
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return str(value)
