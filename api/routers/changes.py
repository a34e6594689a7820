"""The change feed: what ingests added, changed or retracted since a time."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import GraphDep, PageDep
from api.models import ChangePage, ErrorResponse
from graph.changes import read_changes

router = APIRouter(tags=["changes"])


@router.get("/changes", response_model=ChangePage, responses={422: {"model": ErrorResponse}})
def changes(
    graph: GraphDep,
    page: PageDep,
    since: Annotated[dt.datetime, Query(description="Only changes written after this time: ISO 8601, a date "
                                                    "(YYYY-MM-DD) or a date-time; UTC unless it has an offset.")],
) -> ChangePage:
    """What ingests added, changed or retracted after `since`, newest first
    (by ingest time, not by the articles' dates), `total` counting all. Each
    item is a node (id, name) or a relationship (source, target) with its
    evidence: the articles involved and, for a relationship, the sentences it
    gained or lost (the first `UNIONKG_EVIDENCE_LIMIT`, `evidence_total`
    counting all). A page ingested again unchanged adds nothing; an article
    ingested again with changed text lists what it no longer states as
    `retracted`. A `since` that is not a date or date-time is a 422 naming it."""
    return ChangePage(**read_changes(graph, since, page.offset, page.limit))
