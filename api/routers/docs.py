"""The OpenAPI docs at ``/docs``, with Swagger UI served by this app, not a CDN.

FastAPI's own ``/docs`` page loads Swagger UI from a CDN, so it is blank on
a machine without internet. This page loads it from ``/static/vendor/swagger-ui/``,
copied from the npm package swagger-ui-dist (locked in browse/package-lock.json)
by ``make explorer-assets``. (ReDoc, CDN-only too, is turned off.)
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse

router = APIRouter(include_in_schema=False)

ASSETS = "/static/vendor/swagger-ui"


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request) -> HTMLResponse:
    """Swagger UI over ``/openapi.json``, every asset from this server."""
    root = request.scope.get("root_path", "").rstrip("/")
    return get_swagger_ui_html(
        openapi_url=f"{root}{request.app.openapi_url}", title=f"{request.app.title} — API docs",
        swagger_js_url=f"{root}{ASSETS}/swagger-ui-bundle.js", swagger_css_url=f"{root}{ASSETS}/swagger-ui.css",
        swagger_favicon_url=f"{root}{ASSETS}/favicon-32x32.png",
    )
