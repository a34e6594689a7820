"""The W3C Entity Reconciliation API (0.2, OpenRefine's protocol) at ``/reconcile``.

- ``GET /reconcile``: the service manifest; with ``queries`` (a JSON object
  of queries), their candidates; ``POST /reconcile`` takes ``queries`` as a
  form field, as OpenRefine sends it. ``query`` (one query, protocol 0.1)
  answers ``{"result": [...]}``.
- ``GET /reconcile/preview?id=``: a small HTML card of one entity.
- ``GET /reconcile/suggest/{entity|type|property}?prefix=``: auto-complete.

Every answer allows any origin (CORS) and honours ``callback`` (JSONP), as
OpenRefine's browser side loads suggest and the manifest that way.
"""

from __future__ import annotations

import html
import json
import re
from typing import Annotated, Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from api.deps import GraphDep
from api.models import ErrorResponse
from api.reconcile import PROPERTIES, TYPES, describe, reconcile
from api.reconcile import Query as ReconQuery
from core.errors import BadParameter, NotFound, parameter

router = APIRouter(prefix="/reconcile", tags=["reconcile"])

_CALLBACK = re.compile(r"^[A-Za-z_$][\w$.]{0,63}$")
CORS = {"Access-Control-Allow-Origin": "*"}
Callback = Annotated[str | None, Query(description="JSONP: wrap the answer in a call to this function.")]


def _answer(payload: Any, callback: str | None) -> Response:
    """JSON (or JSONP when ``callback`` is given) that any origin may read."""
    body = json.dumps(payload, ensure_ascii=False)
    if callback is None:
        return Response(body, media_type="application/json", headers=CORS)
    if not _CALLBACK.match(callback):
        message = f"callback {callback!r} is not a JavaScript function name"
        raise BadParameter(message, parameter("callback", "query", message))
    return Response(f"{callback}({body});", media_type="application/javascript", headers=CORS)


def manifest(base: str) -> dict[str, Any]:
    """The service manifest, with URLs under ``base`` (the server's own address)."""
    return {
        "versions": ["0.1", "0.2"],
        "name": "unionkg — Chinese trade unions (工会知识图谱)",
        "identifierSpace": f"{base}/entities/",
        "schemaSpace": f"{base}/docs#/reconcile",
        "documentation": f"{base}/docs#/reconcile",
        "serviceVersion": "0.1.0",
        "defaultTypes": [{"id": t, "name": n} for t, n in TYPES.items()],
        "view": {"url": f"{base}/#entity={{{{id}}}}"},
        "preview": {"url": f"{base}/reconcile/preview?id={{{{id}}}}", "width": 420, "height": 160},
        "suggest": {kind: {"service_url": base, "service_path": f"/reconcile/suggest/{kind}"} for kind in ("entity", "type", "property")},
    }


def _parse(name: str, text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        if name == "query":
            return {"query": text}  # protocol 0.1 allows a bare string
        message = f"{name} is not JSON: {text[:80]!r}"
        raise BadParameter(message, parameter(name, "query", message)) from None


def _query(key: str, raw: Any) -> ReconQuery:
    try:
        return ReconQuery.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        message = f"query {key!r} is not a reconciliation query: {problems}"
        raise BadParameter(message, parameter("queries", "query", message, query=key)) from None


def _results(graph: GraphDep, fields: dict[str, str], base: str, callback: str | None) -> Response:
    if "queries" in fields:
        batch = _parse("queries", fields["queries"])
        if not isinstance(batch, dict):
            message = "queries must be a JSON object of queries by key"
            raise BadParameter(message, parameter("queries", "query", message))
        return _answer(
            {key: {"result": [c.model_dump() for c in reconcile(graph, _query(key, raw))]} for key, raw in batch.items()}, callback
        )
    if "query" in fields:
        query = _query("query", _parse("query", fields["query"]))
        return _answer({"result": [c.model_dump() for c in reconcile(graph, query)]}, callback)
    return _answer(manifest(base), callback)


def _base(request: Request) -> str:
    return str(request.base_url).rstrip("/")


@router.get("", responses={422: {"model": ErrorResponse}})
def reconcile_get(
    request: Request,
    graph: GraphDep,
    callback: Callback = None,
    queries: Annotated[
        str | None, Query(description='A JSON object of queries, e.g. {"q0": {"query": "梁溪区总工会", "type": "Union"}}.')
    ] = None,
    query: Annotated[str | None, Query(description="One query (protocol 0.1): a name, or a JSON query.")] = None,
) -> Response:
    """The service manifest; with `queries`, the candidates of each query.

    Add `http://127.0.0.1:8000/reconcile` in OpenRefine (Reconcile → Start
    reconciling → Add standard service). Types are the graph's labels; the
    properties `region`, `organisation` and `level` refine a query. Each
    candidate has `id`, `name`, `description`, `type`, `score` (0–100) and
    `match` (a sure match, accepted without asking).
    """
    fields: dict[str, str] = {k: v for k, v in (("queries", queries), ("query", query)) if v is not None}
    return _results(graph, fields, _base(request), callback)


@router.post("", responses={422: {"model": ErrorResponse}})
async def reconcile_post(request: Request, graph: GraphDep) -> Response:
    """The candidates of `queries` sent as a form field (how OpenRefine sends them)."""
    body = (await request.body()).decode("utf-8", errors="replace")
    form = {k: v[-1] for k, v in parse_qs(body).items()}
    fields: dict[str, str] = {k: form[k] for k in ("queries", "query") if k in form}
    return await run_in_threadpool(_results, graph, fields, _base(request), form.get("callback"))


@router.get("/preview", response_class=HTMLResponse, responses={404: {"model": ErrorResponse}})
def preview(request: Request, graph: GraphDep, id: Annotated[str, Query(description="An entity id.")]) -> HTMLResponse:
    """A small HTML card of the entity (OpenRefine shows it when you hover a candidate)."""
    rows = graph.run("reconcile_preview", {"id": id}).rows
    if not rows:
        raise NotFound(f"no entity {id!r}", parameter("id", "query", f"no entity {id!r}"))
    row = rows[0]
    aliases = "、".join(row["aliases"])
    link = f"{_base(request)}/#entity={id}"
    card = (
        '<html><head><meta charset="utf-8"></head><body style="font:14px sans-serif;margin:8px">'
        f'<a href="{html.escape(link)}" target="_blank"><b>{html.escape(row["name"])}</b></a> '
        f"<code>{html.escape(id)}</code><br>{html.escape(describe(row))}"
        + (f"<br>aliases: {html.escape(aliases)}" if aliases else "")
        + "</body></html>"
    )
    return HTMLResponse(card, headers=CORS)


Prefix = Annotated[str, Query(min_length=1, max_length=200, description="What the user has typed so far.")]
Cursor = Annotated[int, Query(ge=0, le=1000, description="Suggestions to skip (paging).")]
SUGGEST_LIMIT = 10


@router.get("/suggest/entity")
def suggest_entity(
    graph: GraphDep,
    prefix: Prefix,
    callback: Callback = None,
    cursor: Cursor = 0,
    type: Annotated[str | None, Query(description="Only entities of this type (a label).")] = None,
) -> Response:
    """Entities whose name or an alias matches `prefix`, best first (OpenRefine's entity auto-complete)."""
    found = reconcile(graph, ReconQuery(query=prefix, type=type, limit=100))[cursor : cursor + SUGGEST_LIMIT]
    return _answer(
        {
            "result": [
                {"id": c.id, "name": c.name, "description": c.description, "notable": [t.model_dump() for t in c.type]} for c in found
            ]
        },
        callback,
    )


def _matching(items: dict[str, str], prefix: str) -> list[dict[str, str]]:
    text = prefix.strip().lower()
    return [{"id": k, "name": v} for k, v in items.items() if text in k.lower() or text in v.lower()]


@router.get("/suggest/type")
def suggest_type(prefix: Prefix, callback: Callback = None) -> Response:
    """Types (the graph's labels) whose id or name contains `prefix`."""
    return _answer({"result": _matching(TYPES, prefix)}, callback)


@router.get("/suggest/property")
def suggest_property(prefix: Prefix, callback: Callback = None) -> Response:
    """Properties a query may give (`region`, `organisation`, `level`) whose id or description contains `prefix`."""
    return _answer({"result": _matching(PROPERTIES, prefix)}, callback)
