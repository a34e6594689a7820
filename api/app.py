"""The FastAPI application: ``create_app(settings)``.

The lifespan opens the Graph (the Neo4j driver) and closes it at shutdown.
Opening does not need Neo4j to be up: requests answer 503 while it is down,
and the driver reconnects by itself when it is back.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from starlette.types import Scope

from extract.compiled import use_compiled

# POST /articles runs the extractor: its compiled form, when current, is chosen
# before the routers import it (extract/compiled.py).
use_compiled()

from api.body_limit import BodyLimit  # noqa: E402
from api.cache import ResponseCache  # noqa: E402
from api.errors import install_error_handlers  # noqa: E402
from api.routers import (  # noqa: E402
    articles,
    awards,
    changes,
    cypher,
    docs,
    entities,
    evidence,
    explorer,  # the built-in explorer at / and /static (browse/, api/static/)
    export,
    health,
    organisations,
    paths,
    programmes,
    reconcile,
    review,
    search,
    unions,
)
from core.settings import Settings, get_settings  # noqa: E402
from graph.client import Graph  # noqa: E402
from ingest.extraction import SharedExtractor  # noqa: E402

DESCRIPTION = """\
A knowledge graph of Chinese trade unions read from union newspaper pages:
unions, people, enterprises, organisations, programmes, awards, regions and
the articles they were read from. Every relationship carries its evidence.

Errors share one shape: `{"error": {"code", "message", "details"}}`; the
request parameters at fault are listed in `details.parameters` as
`{"parameter", "in", "message"}`.
Lists take `limit` (1–200) and `offset` (0–1,000,000) and report `total`.
Each relationship lists its newest evidence (`evidence_total` counts all;
`GET /evidence` pages through the rest). A request body over
`UNIONKG_API_MAX_BODY_BYTES` is a 413, refused before it is read.

Answers of the read endpoints are cached in memory until the graph changes
(header `X-Cache: hit|miss`); a write by another process shows within
`UNIONKG_API_CACHE_CHECK_SECONDS` (1 s by default), one through this API at once.
"""


def create_app(settings: Settings | None = None) -> FastAPI:
    """The API over the graph named by ``settings`` (the process settings by default)."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.graph = Graph(settings)
        try:
            yield
        finally:
            app.state.graph.close()

    app = FastAPI(title="unionkg", version="0.1.0", description=DESCRIPTION, lifespan=lifespan,
                  docs_url=None, redoc_url=None)  # /docs comes from api.routers.docs, with local assets
    app.state.settings = settings
    app.state.extractor = SharedExtractor(settings)  # POST /articles; built on first use
    install_error_handlers(app)
    for module in (health, search, entities, unions, organisations, programmes, awards, paths, articles, cypher, evidence):
        app.include_router(module.router)
    app.include_router(docs.router)
    app.include_router(export.router)
    app.include_router(changes.router)
    app.include_router(reconcile.router)
    app.include_router(review.router)
    app.include_router(explorer.router)
    app.add_middleware(
        ResponseCache, version=_graph_version, max_bytes=int(settings.api_cache_mb * 1024 * 1024),
        check_seconds=settings.api_cache_check_seconds,
    )
    app.add_middleware(BodyLimit, max_bytes=settings.api_max_body_bytes)  # outermost: before anything reads the body
    return app


def _graph_version(scope: Scope) -> str:
    """The version of the graph the app in ``scope`` reads (for the response cache)."""
    graph: Graph = scope["app"].state.graph
    return graph.version()
