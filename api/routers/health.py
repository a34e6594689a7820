"""Liveness and readiness."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import GraphDep
from api.models import ErrorResponse, Health

router = APIRouter(tags=["health"])


@router.get("/healthz", response_model=Health)
def healthz() -> Health:
    """The process is up (does not touch Neo4j)."""
    return Health(status="ok")


@router.get("/readyz", response_model=Health, responses={503: {"model": ErrorResponse}})
def readyz(graph: GraphDep) -> Health:
    """Neo4j answers a query; 503 `graph_unavailable` when it does not."""
    graph.ping()
    graph.run("api_ready", timeout=5.0)
    return Health(status="ready")
