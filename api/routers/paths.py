"""Shortest paths between two entities."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import GraphDep
from api.models import ErrorResponse, Paths
from api.results import without_nulls
from core.errors import BadParameter, NotFound, parameter

router = APIRouter(tags=["paths"])

MAX_HOPS = 6
MAX_PATHS = 10


@router.get("/paths", response_model=Paths, responses={404: {"model": ErrorResponse}, 422: {"model": ErrorResponse}})
def paths(
    graph: GraphDep,
    from_: Annotated[str, Query(alias="from", min_length=1, max_length=200, description="Entity id of one end.")],
    to: Annotated[str, Query(min_length=1, max_length=200, description="Entity id of the other end.")],
    max_hops: Annotated[int, Query(ge=1, le=MAX_HOPS, description=f"Longest path to look for (1–{MAX_HOPS}).")] = 4,
) -> Paths:
    """Up to 10 shortest paths between two entities over PART_OF, LEADS, HOSTED,
    PARTNERED_WITH, RECEIVED and WORKS_AT (either direction), each hop with its
    evidence. `max_hops` above 6 is a 422 naming it; an unknown end is a 404;
    no path within `max_hops` is an empty `paths`."""
    if from_ == to:
        message = "from and to name the same entity; give two different ids"
        raise BadParameter(message, parameter("to", "query", message))
    params = {"from": from_, "to": to, "max_hops": max_hops, "limit": MAX_PATHS, "evidence_limit": graph.settings.evidence_limit}
    row = graph.run("api_paths", params).rows[0]
    for found, name, value in ((row["found_from"], "from", from_), (row["found_to"], "to", to)):
        if not found:
            message = f"no entity with id {value!r} (parameter {name})"
            raise NotFound(message, parameter(name, "query", message))
    found = [{**p, "hops": [{**h, "properties": without_nulls(h["properties"])} for h in p["hops"]]} for p in row["paths"]]
    return Paths.model_validate({"from": from_, "to": to, "max_hops": max_hops, "paths": found})
