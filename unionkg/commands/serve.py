"""``unionkg serve``: the HTTP API under uvicorn on settings.api_host:api_port."""

from __future__ import annotations

import os
import sys
from typing import Annotated

import typer
import uvicorn

from api.app import create_app
from core.settings import get_settings


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
    else:
        # Each worker process builds its own app (and driver) from the same environment. This
        # process becomes uvicorn's own command: its spawned workers re-import only uvicorn's
        # light __main__, not this CLI (whose imports take longer than uvicorn's 5 s
        # start-up health check on a busy machine, which then kills and restarts them).
        os.execv(
            sys.executable,
            [
                sys.executable,
                "-m",
                "uvicorn",
                "--factory",
                "api.app:create_app",
                "--host",
                host,
                "--port",
                str(port),
                "--workers",
                str(workers),
                "--log-level",
                "info",
            ],
        )
