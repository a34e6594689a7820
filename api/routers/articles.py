"""Articles: read one, or ingest a new one (with the API key)."""

from __future__ import annotations

import hashlib
import threading
from dataclasses import asdict

from fastapi import APIRouter, Request

from api.deps import ApiKeyDep, GraphDep
from api.models import ArticleDetail, ArticleIn, ArticleRef, ErrorResponse, Ingested, Ref, WriteTally
from api.results import one_row, without_nulls
from api.routers.entities import EntityId
from extract.pipeline import Extractor
from graph.ingest import ingest_results

router = APIRouter(prefix="/articles", tags=["articles"])
_extractor_lock = threading.Lock()
_extract_lock = threading.Lock()


@router.get("/{id}", response_model=ArticleDetail, responses={404: {"model": ErrorResponse}})
def article(graph: GraphDep, id: EntityId) -> ArticleDetail:
    """The article's text and properties, the entities it mentions (with their
    spans), and the relationships read from it, each with this article's
    evidence sentences."""
    row = one_row(graph, "api_article", {"id": id}, what="article", id=id)
    rels = [{**r, "properties": without_nulls(r["properties"])} for r in row["relationships"]]
    return ArticleDetail(**{**row, "relationships": rels})


def _extractor(request: Request) -> Extractor:
    """The app's one Extractor, built on first use (building loads the spaCy pipeline)."""
    with _extractor_lock:
        if getattr(request.app.state, "extractor", None) is None:
            request.app.state.extractor = Extractor(request.app.state.settings)
        extractor: Extractor = request.app.state.extractor
        return extractor


@router.post(
    "", response_model=Ingested,
    responses={401: {"model": ErrorResponse}, 403: {"model": ErrorResponse}, 422: {"model": ErrorResponse}},
)
def ingest(graph: GraphDep, _key: ApiKeyDep, body: ArticleIn, request: Request) -> Ingested:
    """Extract entities and relationships from one page of text and write them.

    Needs the API key in the `X-API-Key` header: 401 when it is missing or
    wrong; 403 when the server has no key configured (`UNIONKG_API_KEY` unset
    turns this endpoint off). Writing is idempotent: the same text (same
    `doc`) again creates nothing and reports `changed: false`.
    """
    doc = body.doc or f"api-{hashlib.sha256(body.text.encode('utf-8')).hexdigest()[:16]}.txt"
    with _extract_lock:  # one extraction at a time: the spaCy pipeline is not shared across threads
        result = _extractor(request).extract(doc, body.text)
    summary = ingest_results(graph, [result])
    nodes, rels = summary.nodes, summary.relationships
    return Ingested(
        doc=doc,
        articles=[ArticleRef(id=a.id, title=a.title, date=a.date, doc=a.doc, source_paper=a.source_paper) for a in result.articles],
        entities=[Ref(id=e.id, label=e.type, name=e.name) for e in result.entities],
        relationships=[{"type": r.type, "source": r.source, "target": r.target} for r in result.relations],
        nodes=WriteTally(**asdict(nodes)), relationships_written=WriteTally(**asdict(rels)),
        changed=bool(nodes.created or nodes.deleted or rels.created or rels.deleted or summary.counts.changed_articles),
    )
