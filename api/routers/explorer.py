"""The built-in graph explorer: ``/`` serves its page, ``/static/…`` its files.

The page (``api/static/index.html``, ``app.js``, ``app.css``, ``style.json``)
is plain JavaScript over this API; its one library, cytoscape, is copied into
``api/static/vendor/`` by ``make explorer-assets`` (from npm, never committed).
Static files are served by a route rather than a mount, so that a missing
file answers in the API's one error shape.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse

from core.errors import NotFound, parameter

STATIC_DIR = Path(__file__).resolve().parent.parent / "static"

router = APIRouter(include_in_schema=False)


@router.get("/", response_class=FileResponse)
def explorer_page() -> FileResponse:
    """The explorer: search, entity pages, a neighbourhood graph, evidence and articles."""
    return static_file("index.html")


@router.get("/static/{path:path}", response_class=FileResponse)
def static_file(path: str) -> FileResponse:
    """A file under ``api/static/``; 404 for anything else (no escaping the directory)."""
    target = (STATIC_DIR / path).resolve()
    if not target.is_relative_to(STATIC_DIR) or not target.is_file():
        hint = " (run `make explorer-assets`)" if path.startswith("vendor/") else ""
        message = f"no static file {path!r}{hint}"
        raise NotFound(message, parameter("path", "path", message))
    return FileResponse(target)
