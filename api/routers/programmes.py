"""Programmes: filtered lists and related programmes."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import GraphDep, PageDep
from api.models import ErrorResponse, Programmes, Related
from api.results import one_row
from api.routers.entities import EntityId
from core.errors import NotFound, parameter

router = APIRouter(prefix="/programmes", tags=["programmes"])


@router.get("", response_model=Programmes, responses={404: {"model": ErrorResponse}})
def programmes(
    graph: GraphDep,
    page: PageDep,
    host: Annotated[str | None, Query(max_length=200, description="Only programmes this body (id) hosted.")] = None,
    region: Annotated[str | None, Query(max_length=100, description="A region code, name or alias (e.g. 320213 or 梁溪区).")] = None,
) -> Programmes:
    """A page of programmes by name, with their hosts. `host` keeps those the
    body hosted; `region` keeps those with a host located in that region or in
    any region below it. A `host` or `region` that names nothing is a 404
    naming the parameter."""
    params = {"host": host, "region": region, "offset": page.offset, "limit": page.limit}
    row = graph.run("api_programmes", params).rows[0]
    if host is not None and not row["host_found"]:
        message = f"no union, enterprise or organisation with id {host!r} (parameter host)"
        raise NotFound(message, parameter("host", "query", message))
    if region is not None and not row["region_found"]:
        message = f"no region with code, name or alias {region!r} (parameter region)"
        raise NotFound(message, parameter("region", "query", message))
    return Programmes(total=row["total"], offset=page.offset, limit=page.limit, items=row["items"])


@router.get("/{id}/related", response_model=Related, responses={404: {"model": ErrorResponse}})
def related(
    graph: GraphDep,
    id: EntityId,
    limit: Annotated[int, Query(ge=1, le=100, description="Most related programmes to return.")] = 10,
) -> Related:
    """Programmes related to this one, best first, each with the reasons.

    Score = Σ over reasons of weight × min(count, 3), where count is the number
    of distinct things (bodies, regions, articles) that link the two:

    | reason | weight | when |
    |---|---|---|
    | `same_host` | 3.0 | one body hosts both (role host, or unstated) |
    | `shared_participant` | 2.0 | one body is linked to both in another role (co-host, undertaker) |
    | `related_host` | 1.5 | a host of this one is a partner, parent or child of a host of the other |
    | `same_region` | 1.0 | their hosts are located in the same region |
    | `same_article` | 1.0 | both are mentioned in the same article |

    Each expansion is bounded (20 hosts, 100 programmes a host, 30 neighbours a
    host, 5 regions × 50 bodies × 10 programmes, 30 articles × 30 programmes),
    so the cost is fixed even around a super-node; ties go by name.
    """
    row = one_row(graph, "api_programme_related", {"id": id, "limit": limit}, what="programme", id=id)
    return Related(**row)
