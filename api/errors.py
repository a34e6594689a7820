"""One error shape for every failure: ``{"error": {"code", "message", "details"}}``.

Domain errors (:class:`UnionKGError`) carry their status and code; FastAPI's
validation errors become 422 ``bad_parameter`` naming each parameter; unknown
routes and methods keep their status with a code; anything else is a 500
``internal_error`` that does not leak internals.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from unionkg.errors import UnionKGError

log = logging.getLogger(__name__)

_HTTP_CODES = {401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed", 415: "unsupported_media_type"}


def error_response(status: int, code: str, message: str, details: dict[str, Any] | None = None) -> JSONResponse:
    """The one JSON error body."""
    return JSONResponse({"error": {"code": code, "message": message, "details": details or {}}}, status_code=status)


async def _domain(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, UnionKGError)
    if exc.status >= 500:
        log.warning("%s %s: %s", request.method, request.url.path, exc.message)
    return error_response(exc.status, exc.code, exc.message, exc.details)


def _parameter(loc: tuple[Any, ...] | list[Any]) -> str:
    parts = [str(p) for p in loc]
    return ".".join(parts[1:]) if parts and parts[0] in ("query", "path", "header", "body") else ".".join(parts)


async def _validation(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    problems = [
        {"parameter": _parameter(e["loc"]), "in": str(e["loc"][0]) if e["loc"] else "", "message": e["msg"]}
        for e in exc.errors()
    ]
    message = "; ".join(f"invalid parameter {p['parameter']!r}: {p['message']}" for p in problems)
    return error_response(422, "bad_parameter", message or "invalid request", {"parameters": problems})


async def _http(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
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
