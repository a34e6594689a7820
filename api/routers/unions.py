"""Unions: hierarchy and leaders."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import GraphDep, PageDep
from api.models import ErrorResponse, Hierarchy, Leaders
from api.routers.entities import EntityId
from api.results import one_row

router = APIRouter(prefix="/unions", tags=["unions"])


@router.get("/{id}/hierarchy", response_model=Hierarchy, responses={404: {"model": ErrorResponse}})
def hierarchy(graph: GraphDep, page: PageDep, id: EntityId) -> Hierarchy:
    """The union's chain of PART_OF parents, nearest first, up to the top (the
    longest chain when there are several, at most 10 levels), and a page of its
    direct children (`children_total` counts all)."""
    params = {"id": id, "offset": page.offset, "limit": page.limit}
    row = one_row(graph, "api_union_hierarchy", params, what="union", id=id)
    return Hierarchy(**row, offset=page.offset, limit=page.limit)


@router.get("/{id}/leaders", response_model=Leaders, responses={404: {"model": ErrorResponse}})
def leaders(graph: GraphDep, page: PageDep, id: EntityId) -> Leaders:
    """A page of the people who lead the union (LEADS), with the office as
    written, `as_of` where known (latest first), and the evidence."""
    params = {"id": id, "offset": page.offset, "limit": page.limit,
              "evidence_limit": graph.settings.evidence_limit}
    row = one_row(graph, "api_union_leaders", params, what="union", id=id)
    return Leaders(**row, offset=page.offset, limit=page.limit)
