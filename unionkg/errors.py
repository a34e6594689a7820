"""One error hierarchy. Each error carries its HTTP status and a stable code."""

from __future__ import annotations

from typing import Any


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


class BadInput(UnionKGError):
    """An input file that cannot be read (empty, binary, undecodable)."""

    status, code = 422, "bad_input"


class ServerError(UnionKGError):
    """The local Neo4j server could not be started, stopped or configured."""

    status, code = 500, "server_error"
