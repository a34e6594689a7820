"""Liveness and readiness."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import GraphDep
from api.models import ErrorResponse, Health
from core.errors import GraphUnavailable, QueryTimeout

router = APIRouter(tags=["health"])
READY_TIMEOUT = 5.0


@router.get("/healthz", response_model=Health)
def healthz() -> Health:
    """The process is up (does not touch Neo4j)."""
    return Health(status="ok")


@router.get("/readyz", response_model=Health, responses={503: {"model": ErrorResponse}})
def readyz(graph: GraphDep) -> Health:
    """Neo4j answers a query within 5 s; 503 `graph_unavailable` when it does not
    (down, or still starting its database)."""
    graph.ping()
    try:
        graph.run("api_ready", timeout=READY_TIMEOUT)
    except QueryTimeout as exc:
        raise GraphUnavailable(f"Neo4j is up but its database did not answer within {READY_TIMEOUT:.0f} s") from exc
    return Health(status="ready")
