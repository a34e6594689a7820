"""``unionkg serve``: the HTTP API under uvicorn on settings.api_host:api_port."""

from __future__ import annotations

from typing import Annotated

import typer
import uvicorn

from api.app import create_app
from unionkg.settings import get_settings


def serve(
    host: Annotated[str | None, typer.Option(help="Address to bind (default UNIONKG_API_HOST).")] = None,
    port: Annotated[int | None, typer.Option(help="Port to listen on (default UNIONKG_API_PORT).")] = None,
) -> None:
    """Serve the API (OpenAPI docs at /docs). Neo4j may start later: /readyz says when it answers."""
    settings = get_settings()
    uvicorn.run(create_app(settings), host=host or settings.api_host, port=port or settings.api_port, log_level="info")
