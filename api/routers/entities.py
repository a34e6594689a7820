"""Entities: one entity, and its relationships page by page."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query

from api.deps import GraphDep, PageDep
from api.models import EntityDetail, ErrorResponse, Relationship, RelationshipPage, RelType, Review
from api.results import one_row, without_nulls
from graph.client import Graph
from graph.review import decision_of, resolve

router = APIRouter(prefix="/entities", tags=["entities"])

EntityId = Annotated[str, Path(min_length=1, max_length=200, description="An entity id, e.g. `union-…`.")]
ARTICLE_LIMIT = 20
_HIDDEN = {"id", "name", "aliases"}


@router.get("/{id}", response_model=EntityDetail, responses={404: {"model": ErrorResponse}})
def entity(graph: GraphDep, id: EntityId) -> EntityDetail:
    """One entity: label, name, aliases, other properties, relationship counts by
    type and direction, and the latest 20 articles that mention it (`article_total` counts all).

    Review (POST /review): an id merged into another entity answers with that
    entity (the same body as its own id gives, with `resolved_from` naming the
    id asked for); `merged_ids` lists the ids merged into this one; `review`
    is the decision on it (a rejected entity still answers here, so the
    decision can be seen and changed)."""
    canonical, merged = resolve(graph, id)
    row = one_row(graph, "api_entity", {"id": canonical, "article_limit": ARTICLE_LIMIT}, what="entity", id=id)
    properties = {k: v for k, v in row["properties"].items() if k not in _HIDDEN}
    return EntityDetail(
        id=row["id"], label=row["label"], name=row["name"], aliases=row["aliases"], properties=properties,
        relationship_counts=row["counts"], article_total=row["article_total"], articles=row["articles"],
        resolved_from=id if canonical != id else None, merged_ids=merged, review=_review(graph, canonical),
    )


def _review(graph: Graph, subject: str) -> Review | None:
    decision = decision_of(graph, subject)
    return Review(**decision) if decision else None


@router.get("/{id}/relationships", response_model=RelationshipPage, responses={404: {"model": ErrorResponse}})
def relationships(
    graph: GraphDep,
    page: PageDep,
    id: EntityId,
    type: Annotated[RelType | None, Query(description="Only this relationship type.")] = None,
    direction: Annotated[Literal["out", "in", "both"], Query(description="out: from this entity; in: to it.")] = "both",
) -> RelationshipPage:
    """A page of the entity's relationships with their neighbours and evidence,
    ordered by type then neighbour name (`total` counts all; a super-node such as
    中华全国总工会 pages through `offset`). PARTNERED_WITH is undirected and is
    returned for every `direction`. Each relationship lists its newest
    `UNIONKG_EVIDENCE_LIMIT` evidence items (newest first) and counts all in
    `evidence_total`; `GET /evidence` pages through the rest.

    Review (POST /review): rejected relationships, and those of rejected
    entities, are left out; `confirmed` marks confirmed ones. An id merged
    into another entity answers for that entity, and an entity's page includes
    the relationships of the ids merged into it."""
    canonical, merged = resolve(graph, id)
    params = {"ids": [canonical, *merged], "type": type, "direction": direction, "offset": page.offset, "limit": page.limit,
              "evidence_limit": graph.settings.evidence_limit}
    row = one_row(graph, "api_entity_relationships", params, what="entity", id=id)
    items = [Relationship(**{**item, "properties": without_nulls(item["properties"])}) for item in row["items"]]
    return RelationshipPage(id=row["id"], total=row["total"], offset=page.offset, limit=page.limit, items=items)
