"""Evidence: page through every sentence a relationship was read from."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import GraphDep, PageDep
from api.models import ErrorResponse, EvidencePage, RelType
from core.errors import NotFound

router = APIRouter(tags=["evidence"])



@router.get("/evidence", response_model=EvidencePage, responses={404: {"model": ErrorResponse}})
def evidence(
    graph: GraphDep,
    page: PageDep,
    source: Annotated[str, Query(min_length=1, max_length=200, description="Id of the relationship's start.")],
    type: Annotated[RelType, Query(description="The relationship's type.")],
    target: Annotated[str, Query(min_length=1, max_length=200, description="Id of the relationship's end.")],
) -> EvidencePage:
    """A page of the evidence of one relationship, `(source)-[type]->(target)`,
    newest first; `total` counts all. The other endpoints list only the newest
    `UNIONKG_EVIDENCE_LIMIT` items of each relationship and its
    `evidence_total`; this pages through the rest. PARTNERED_WITH matches
    either way round. No such relationship is a 404 naming `source` and `target`."""
    params = {"source": source, "type": type, "target": target, "offset": page.offset, "limit": page.limit}
    rows = graph.run("api_evidence", params).rows
    if not rows:
        message = f"no {type} relationship from {source!r} to {target!r}"
        ends = [{"parameter": name, "in": "query", "message": message} for name in ("source", "target")]
        raise NotFound(message, {"parameters": ends})
    return EvidencePage(**rows[0], offset=page.offset, limit=page.limit)
