"""One error shape for every failure: ``{"error": {"code", "message", "details"}}``.

Domain errors (:class:`UnionKGError`) carry their status and code; FastAPI's
validation errors become 422 ``bad_parameter`` naming each parameter; a body
that is not JSON (or not UTF-8) is a 422 naming ``body``; unknown
routes and methods keep their status with a code; anything else is a 500
``internal_error`` that does not leak internals.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from core.errors import UnionKGError, parameter

log = logging.getLogger(__name__)

_LOCATIONS = ("query", "path", "header", "body", "cookie")
_HTTP_CODES = {
    401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
    413: "payload_too_large", 415: "unsupported_media_type",
}


def error_response(status: int, code: str, message: str, details: dict[str, Any] | None = None) -> JSONResponse:
    """The one JSON error body; ``details.parameters`` is always there (empty when no parameter is at fault)."""
    details = {"parameters": [], **(details or {})}
    return JSONResponse({"error": {"code": code, "message": message, "details": details}}, status_code=status)


def too_large(limit: int) -> JSONResponse:
    """The 413 for a request body over ``limit`` bytes."""
    message = f"the request body is over the limit of {limit:,} bytes (UNIONKG_API_MAX_BODY_BYTES)"
    return error_response(413, "payload_too_large", message, parameter("body", "body", message, limit=limit))


async def _domain(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, UnionKGError)
    if exc.status >= 500:
        log.warning("%s %s: %s", request.method, request.url.path, exc.message)
    return error_response(exc.status, exc.code, exc.message, exc.details)


def _problem(error: Mapping[str, Any]) -> dict[str, str]:
    """One validation error as ``{parameter, in, message}``; errors about the whole body name ``body``."""
    loc = list(error.get("loc") or ["body"])
    where = str(loc[0]) if loc[0] in _LOCATIONS else "body"
    names = [str(p) for p in loc[1:] if not isinstance(p, int)] if loc[0] in _LOCATIONS else [str(p) for p in loc]
    if error.get("type") == "json_invalid":
        at = f" at character {loc[1]}" if len(loc) > 1 and isinstance(loc[1], int) else ""
        reason = (error.get("ctx") or {}).get("error", "invalid JSON")
        return {"parameter": "body", "in": "body", "message": f"the body is not valid JSON ({reason}{at})"}
    return {"parameter": ".".join(names) or where, "in": where, "message": str(error.get("msg", "invalid"))}


async def _validation(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    problems = [_problem(e) for e in exc.errors()]
    message = "; ".join(f"invalid parameter {p['parameter']!r}: {p['message']}" for p in problems)
    return error_response(422, "bad_parameter", message or "invalid request", {"parameters": problems})


async def _http(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    if exc.status_code == 400 and request.method in ("POST", "PUT", "PATCH"):  # FastAPI could not parse the body
        message = "the body could not be read as JSON; send UTF-8 JSON with Content-Type: application/json"
        return error_response(422, "bad_parameter", message, parameter("body", "body", message))
    if exc.status_code == 413:
        return too_large(request.app.state.settings.api_max_body_bytes)
    message = f"no route {request.method} {request.url.path}" if exc.status_code in (404, 405) else str(exc.detail)
    return error_response(exc.status_code, _HTTP_CODES.get(exc.status_code, "http_error"), message)


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unhandled error on %s %s", request.method, request.url.path)
    return error_response(500, "internal_error", "an unexpected error occurred; see the server log")


def install_error_handlers(app: FastAPI) -> None:
    """Register the one handler set on ``app``."""
    app.add_exception_handler(UnionKGError, _domain)
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(StarletteHTTPException, _http)
    app.add_exception_handler(Exception, _unexpected)
