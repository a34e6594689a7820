"""Unions: hierarchy and leaders."""

from __future__ import annotations

import datetime
from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import GraphDep, PageDep
from api.models import ErrorResponse, Hierarchy, Leaders
from api.results import one_row
from api.routers.entities import EntityId

router = APIRouter(prefix="/unions", tags=["unions"])


@router.get("/{id}/hierarchy", response_model=Hierarchy, responses={404: {"model": ErrorResponse}})
def hierarchy(graph: GraphDep, page: PageDep, id: EntityId) -> Hierarchy:
    """The union's chain of PART_OF parents, nearest first, up to the top (the
    longest chain when there are several, at most 10 levels), and a page of its
    direct children (`children_total` counts all)."""
    params = {"id": id, "offset": page.offset, "limit": page.limit}
    row = one_row(graph, "api_union_hierarchy", params, what="union", id=id)
    return Hierarchy(**row, offset=page.offset, limit=page.limit)


OnDate = Annotated[datetime.date | None, Query(
    description="Only who held an office on this date (YYYY-MM-DD), by the evidence dated on or before it.",
    examples=["2025-05-01"],
)]


@router.get("/{id}/leaders", response_model=Leaders, responses={404: {"model": ErrorResponse}})
def leaders(graph: GraphDep, page: PageDep, id: EntityId, on: OnDate = None) -> Leaders:
    """A page of the people who lead the union (LEADS), with the office as
    written, `as_of` where known (latest first), and the evidence, each item
    dated by its article (`as_of`, null when the article states no date).

    With `on=D`: who held an office on D. Evidence with no date or dated after
    D is left out; a person's office is the one their latest statement on or
    before D gives; someone stated later in the same single-holder office
    (主席, 党组书记: not 副主席) replaces them. The graph has no end of a term,
    so a person whose last statement precedes D is still listed."""
    params: dict[str, object] = {"id": id, "offset": page.offset, "limit": page.limit,
                                 "evidence_limit": graph.settings.evidence_limit}
    if on is not None:
        params["on"] = on.isoformat()
    row = one_row(graph, "api_union_leaders_on" if on else "api_union_leaders", params, what="union", id=id)
    return Leaders(**row, offset=page.offset, limit=page.limit, on=on.isoformat() if on else None)
