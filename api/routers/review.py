"""The review queue: researchers' decisions on entities and relationships."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from api.deps import ApiKeyDep, GraphDep, PageDep
from api.models import ErrorResponse, ReviewIn, ReviewPage, ReviewWritten, Verdict, Written
from graph.review import DecisionRow, store

router = APIRouter(prefix="/review", tags=["review"])


@router.post("", response_model=ReviewWritten,
             responses={code: {"model": ErrorResponse} for code in (401, 403, 404, 413, 422)})
def write(graph: GraphDep, _key: ApiKeyDep, body: ReviewIn) -> ReviewWritten:
    """Store decisions (up to 1,000 at once, one batch): `reject` (wrong: hidden
    from every read endpoint and left out of exports), `confirm` (checked:
    exports say `confirmed`), or `merge` (`entity` is the same as `into`:
    `GET /entities/{entity}` answers with `into`, whose relationships include
    the merged entity's). Each names an entity (`entity`) or a relationship
    (`source`, `type`, `target`; PARTNERED_WITH either way round), with an
    optional `note`.

    Decisions are kept apart from the extracted data, keyed by the stable ids,
    so they hold when the same articles are ingested again. One decision per
    subject: a later one replaces it (`confirm` after `reject` shows the
    relationship again); the same decision again changes nothing
    (`changed: false`).

    Needs the API key in `X-API-Key` (401 when missing or wrong, 403 when the
    server has none configured). An unknown entity or relationship is a 404
    naming the field; a merge across labels or back into itself a 422."""
    rows = [DecisionRow(**d.model_dump()) for d in body.decisions]
    return ReviewWritten(items=[Written(**r) for r in store(graph, rows)])


@router.get("", response_model=ReviewPage, responses={422: {"model": ErrorResponse}})
def decisions(
    graph: GraphDep,
    page: PageDep,
    verdict: Annotated[Verdict | None, Query(description="Only this verdict.")] = None,
    kind: Annotated[Literal["entity", "relationship"] | None, Query(description="Only decisions on entities, or on relationships.")] = None,
) -> ReviewPage:
    """A page of the stored decisions, newest first (`total` counts all), each
    with the names of the entities it names (null once one is no longer in the graph)."""
    params = {"verdict": verdict, "kind": kind, "offset": page.offset, "limit": page.limit}
    row = graph.run("review_list", params).rows[0]
    return ReviewPage(total=row["total"], offset=page.offset, limit=page.limit, items=row["items"])
