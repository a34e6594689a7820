"""Awards: recipients."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import GraphDep, PageDep
from api.models import ErrorResponse, Recipients
from api.results import one_row
from api.routers.entities import EntityId

router = APIRouter(prefix="/awards", tags=["awards"])


@router.get("/{id}/recipients", response_model=Recipients, responses={404: {"model": ErrorResponse}})
def recipients(graph: GraphDep, page: PageDep, id: EntityId) -> Recipients:
    """A page of who received the award (people or bodies), latest year first,
    with the year and the conferring body where the text gives them."""
    params = {"id": id, "offset": page.offset, "limit": page.limit,
              "evidence_limit": graph.settings.evidence_limit}
    row = one_row(graph, "api_award_recipients", params, what="award", id=id)
    return Recipients(**row, offset=page.offset, limit=page.limit)
