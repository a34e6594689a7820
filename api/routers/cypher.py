"""A researcher's own read-only Cypher."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import GraphDep
from api.models import CypherRequest, CypherResult, ErrorResponse
from graph.user_cypher import run_user_query

router = APIRouter(tags=["cypher"])


@router.post(
    "/cypher", response_model=CypherResult,
    responses={403: {"model": ErrorResponse}, 422: {"model": ErrorResponse}, 504: {"model": ErrorResponse}},
)
def cypher(graph: GraphDep, request: CypherRequest) -> CypherResult:
    """Run one read-only Cypher statement with parameters.

    The query is planned first (`EXPLAIN`): anything that is not a plain read is
    refused with 403 `forbidden` and the reason — writes (CREATE, MERGE, SET,
    DELETE, DETACH DELETE, REMOVE), schema and administration commands, LOAD CSV,
    SHOW/TERMINATE TRANSACTIONS, and procedures outside a read-only allow-list
    (db.labels, db.relationshipTypes, db.propertyKeys, db.schema.*,
    db.index.fulltext.query*). It then runs in a READ transaction with the
    query timeout (504 `query_timeout` past it), the row cap and the byte cap
    (`truncated`, `truncated_by`); it is never retried. A query needing more
    memory than one transaction may use is a 422 `query_memory_limit`.
    Nodes come back as `{element_id, labels, properties}`, relationships as
    `{element_id, type, start, end, properties}`. A query Neo4j cannot parse is
    a 422 naming `query`.
    """
    result = run_user_query(graph, request.query, request.params)
    return CypherResult(
        columns=result.columns, rows=result.rows, truncated=result.truncated, truncated_by=result.truncated_by,
        row_cap=graph.settings.row_cap, byte_cap=graph.settings.cypher_max_bytes,
    )
