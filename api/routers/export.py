"""Bulk exports over HTTP: ``GET /export/{format}``, streamed page by page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import StreamingResponse

from api.deps import GraphDep
from api.models import EntityLabel, ErrorResponse, RelType
from graph.export import LABELS, TYPES, Selection
from graph.export_formats import MEDIA_TYPES, Format, export_chunks
from graph.export_sinks import zip_stream

router = APIRouter(tags=["export"])

FILENAMES = {"csv": "unionkg-csv.zip", "graphml": "unionkg.graphml", "jsonl": "unionkg.jsonl"}


@router.get(
    "/export/{format}",
    response_class=StreamingResponse,
    responses={
        200: {"content": {t: {} for t in MEDIA_TYPES.values()}, "description": "The export, streamed."},
        422: {"model": ErrorResponse}, 503: {"model": ErrorResponse},
    },
)
def export(
    graph: GraphDep,
    format: Format,
    label: Annotated[list[EntityLabel] | None, Query(description="Only these labels (repeat the parameter).")] = None,
    type: Annotated[list[RelType] | None, Query(description="Only these relationship types (repeat the parameter).")] = None,
    since: Annotated[dt.date | None, Query(description="Only what articles dated on or after this day (YYYY-MM-DD) state.")] = None,
) -> StreamingResponse:
    """The graph (or the labels and types asked for) as CSV, GraphML or JSON Lines, with the evidence.

    - `csv`: a zip of `nodes_<Label>.csv` (id, name, aliases as a JSON array,
      properties) and `edges_<TYPE>.csv` (source and target id, label and name,
      properties, then one row per evidence sentence: article id, title, date,
      source paper, sentence, start, end). UTF-8; `pandas.read_csv` reads each
      file without options.
    - `graphml`: one directed GraphML graph for Gephi, networkx, Cytoscape:
      node attribute `label` is the name, `type` the label; edges carry their
      properties, `evidence_count` and `evidence` (a JSON array).
    - `jsonl`: one JSON object a line, nodes then relationships, with the full evidence.

    `since` keeps the entities that articles dated on or after it mention and
    the relationships with evidence from such articles (regions and
    LOCATED_IN, which no article dates, are then left out). The answer is
    read from Neo4j page by page and streamed, so any size fits in memory.
    """
    selection = Selection(tuple(label or LABELS), tuple(type or TYPES), since)
    chunks = export_chunks(graph, format, selection)  # reads the keys now: no Neo4j is a 503 before the stream
    body: Iterator[bytes] = zip_stream(chunks) if format == "csv" else (data for _, data in chunks)
    headers = {"Content-Disposition": f'attachment; filename="{FILENAMES[format]}"'}
    return StreamingResponse(body, media_type=MEDIA_TYPES[format], headers=headers)
