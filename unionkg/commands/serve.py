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
    workers: Annotated[int | None, typer.Option(min=1, help="Worker processes (default UNIONKG_API_WORKERS).")] = None,
) -> None:
    """Serve the API (OpenAPI docs at /docs). Neo4j may start later: /readyz says when it answers."""
    settings = get_settings()
    workers = workers or settings.api_workers
    host, port = host or settings.api_host, port or settings.api_port
    if workers == 1:
        uvicorn.run(create_app(settings), host=host, port=port, log_level="info")
    else:  # each worker process builds its own app (and driver) from the same environment
        uvicorn.run("api.app:create_app", factory=True, host=host, port=port, workers=workers, log_level="info")
