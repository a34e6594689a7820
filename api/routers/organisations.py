"""Bodies (Union, Enterprise, Organisation): partners."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import GraphDep, PageDep
from api.models import ErrorResponse, Partners
from api.results import one_row
from api.routers.entities import EntityId

router = APIRouter(prefix="/organisations", tags=["organisations"])


@router.get("/{id}/partners", response_model=Partners, responses={404: {"model": ErrorResponse}})
def partners(graph: GraphDep, page: PageDep, id: EntityId) -> Partners:
    """A page of the bodies this Union, Enterprise or Organisation partnered with
    (PARTNERED_WITH is undirected), with the agreement's title where given and
    the evidence. Any body id works here, not only Organisation ids."""
    params = {"id": id, "offset": page.offset, "limit": page.limit,
              "evidence_limit": graph.settings.evidence_limit}
    row = one_row(graph, "api_organisation_partners", params, what="union, enterprise or organisation", id=id)
    return Partners(**row, offset=page.offset, limit=page.limit)
