"""Dependencies as ``Annotated`` types: the Graph, the settings, paging, the API key."""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Header, Query, Request

from core.errors import Forbidden, Unauthorized, parameter
from core.settings import Settings
from graph.client import Graph

MAX_LIMIT = 200
MAX_OFFSET = 1_000_000
"""Deepest ``offset`` (well below Neo4j's 32-bit SKIP; deeper pages are a 422 naming the range)."""


def get_graph(request: Request) -> Graph:
    """The Graph the lifespan opened."""
    graph: Graph = request.app.state.graph
    return graph


def get_settings(request: Request) -> Settings:
    """The settings the app was created with."""
    settings: Settings = request.app.state.settings
    return settings


GraphDep = Annotated[Graph, Depends(get_graph)]
SettingsDep = Annotated[Settings, Depends(get_settings)]


@dataclass(frozen=True)
class Page:
    """One page of a list: at most ``limit`` items after skipping ``offset``."""

    limit: int
    offset: int


def get_page(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Most items to return (1–{MAX_LIMIT}).")] = 20,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description=f"Items to skip (0–{MAX_OFFSET:,}; see `total`).")] = 0,
) -> Page:
    """Paging parameters shared by every list endpoint."""
    return Page(limit=limit, offset=offset)


PageDep = Annotated[Page, Depends(get_page)]


def require_api_key(
    settings: SettingsDep,
    x_api_key: Annotated[str | None, Header(description="The API key (UNIONKG_API_KEY).")] = None,
) -> None:
    """403 when no key is configured (the endpoint is off), 401 when the header is missing or wrong."""
    if settings.api_key is None:
        raise Forbidden("this endpoint is turned off: no API key is configured (set UNIONKG_API_KEY)")
    if x_api_key is None:
        message = "this endpoint needs the API key in the X-API-Key header"
        raise Unauthorized(message, parameter("X-API-Key", "header", message))
    if not hmac.compare_digest(x_api_key.encode(), settings.api_key.get_secret_value().encode()):
        message = "the X-API-Key header does not hold the configured API key"
        raise Unauthorized(message, parameter("X-API-Key", "header", message))


ApiKeyDep = Annotated[None, Depends(require_api_key)]
