"""One error hierarchy. Each error carries its HTTP status and a stable code.

``details`` has one shape everywhere: a request parameter an error is about
is named in ``details["parameters"]`` as ``{"parameter", "in", "message"}``
(:func:`parameter`), never under another key; other context (``neo4j_code``,
``uri``, ``path``) sits beside it.
"""

from __future__ import annotations

from typing import Any, Literal

Location = Literal["query", "path", "header", "body"]


def parameter(name: str, where: Location, message: str, **context: Any) -> dict[str, Any]:
    """``details`` naming one bad request parameter ``name`` (found in ``where``), plus ``context``."""
    return {"parameters": [{"parameter": name, "in": where, "message": message}], **context}


class UnionKGError(Exception):
    """Base of every domain error; the API turns it into one JSON shape."""

    status: int = 500
    code: str = "internal_error"

    def __init__(self, message: str, details: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details or {}


class NotFound(UnionKGError):
    status, code = 404, "not_found"


class BadParameter(UnionKGError):
    status, code = 422, "bad_parameter"


class Forbidden(UnionKGError):
    status, code = 403, "forbidden"


class Unauthorized(UnionKGError):
    status, code = 401, "unauthorized"


class GraphUnavailable(UnionKGError):
    status, code = 503, "graph_unavailable"


class QueryTimeout(UnionKGError):
    status, code = 504, "query_timeout"


class QueryMemoryLimit(UnionKGError):
    """One query needed more memory than a transaction may use (``db.memory.transaction.max``)."""

    status, code = 422, "query_memory_limit"


class GraphBusy(UnionKGError):
    """Neo4j's memory for all transactions together is in use; trying later may work."""

    status, code = 503, "graph_busy"


class Conflict(UnionKGError):
    status, code = 409, "conflict"


class PreconditionFailed(UnionKGError):
    status, code = 412, "precondition_failed"


class BadInput(UnionKGError):
    """An input file that cannot be read (empty, binary, undecodable)."""

    status, code = 422, "bad_input"


class ServerError(UnionKGError):
    """The local Neo4j server could not be started, stopped or configured."""

    status, code = 500, "server_error"
