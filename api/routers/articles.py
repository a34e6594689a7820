"""Articles: read one, or ingest a new one (with the API key)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Annotated

from fastapi import APIRouter, Header, Query, Request

from api.deps import ApiKeyDep, GraphDep
from api.models import ArticleDetail, ArticleIn, ArticleRef, ErrorResponse, Ingested, Ref, WriteTally
from api.results import one_row, without_nulls
from api.routers.entities import EntityId
from core.errors import Conflict, PreconditionFailed, parameter
from graph.client import Graph
from ingest.extraction import SharedExtractor
from ingest.run import ingest_results

router = APIRouter(prefix="/articles", tags=["articles"])


@router.get("/{id}", response_model=ArticleDetail, responses={404: {"model": ErrorResponse}})
def article(graph: GraphDep, id: EntityId) -> ArticleDetail:
    """The article's text and properties, the entities it mentions (with their
    spans), and the relationships read from it, each with this article's
    evidence sentences."""
    row = one_row(graph, "api_article", {"id": id}, what="article", id=id)
    rels = [{**r, "properties": without_nulls(r["properties"])} for r in row["relationships"]]
    return ArticleDetail(**{**row, "relationships": rels})


def _extractor(request: Request) -> SharedExtractor:
    """The app's one extractor (:class:`ingest.extraction.SharedExtractor`, built on first use)."""
    extractor: SharedExtractor = request.app.state.extractor
    return extractor


def page_hash(content_hashes: Sequence[str]) -> str:
    """The content hash of a page: sha256 over its articles' content hashes, in page order."""
    return hashlib.sha256("\n".join(content_hashes).encode("ascii")).hexdigest()


@dataclass(frozen=True)
class StoredPage:
    """A page already in the graph under one ``doc`` name."""

    doc: str
    article_ids: list[str]
    hash: str


def stored_page(graph: Graph, doc: str) -> StoredPage | None:
    """The page stored as ``doc``, or None."""
    rows = graph.run("api_doc_articles", {"doc": doc}).rows
    if not rows:
        return None
    return StoredPage(doc, [str(r["id"]) for r in rows], page_hash([str(r["content_hash"]) for r in rows]))


def check_precondition(stored: StoredPage | None, if_match: str | None) -> None:
    """412 unless ``If-Match`` names the stored page's hash (or ``*`` with a stored page)."""
    if if_match is None:
        return
    tags = {tag.strip().removeprefix("W/").strip('"') for tag in if_match.split(",")}
    if stored is not None and ("*" in tags or stored.hash in tags):
        return
    current = "no page is stored under that doc" if stored is None else f"the stored page's hash is {stored.hash}"
    message = f"If-Match {if_match!r} does not match: {current}"
    raise PreconditionFailed(message, parameter("If-Match", "header", message, page_hash=stored.hash if stored else None))


def refuse_silent_replace(stored: StoredPage, new_hash: str) -> None:
    """409 naming the stored page when the new text differs from it."""
    if new_hash == stored.hash:
        return
    message = (
        f"a different page called {stored.doc!r} is already in the graph ({len(stored.article_ids)} articles); "
        f"to replace it send replace=true, or If-Match: \"{stored.hash}\""
    )
    raise Conflict(message, parameter("doc", "body", message, doc=stored.doc, page_hash=stored.hash, articles=stored.article_ids))


@router.post(
    "", response_model=Ingested,
    responses={code: {"model": ErrorResponse} for code in (401, 403, 409, 412, 413, 422)},
)
def ingest(
    graph: GraphDep, _key: ApiKeyDep, body: ArticleIn, request: Request,
    replace: Annotated[bool, Query(description="Replace a different page stored under the same `doc`.")] = False,
    if_match: Annotated[str | None, Header(description="Replace only the stored page with this `page_hash`.")] = None,
) -> Ingested:
    """Extract entities and relationships from one page of text and write them.

    Needs the API key in the `X-API-Key` header: 401 when it is missing or
    wrong; 403 when the server has no key configured (`UNIONKG_API_KEY` unset
    turns this endpoint off). A body over `UNIONKG_API_MAX_BODY_BYTES` is a 413
    before anything reads it. The text is cleaned as files are (NUL refused,
    control characters removed, HTML reduced to text, blank text refused).

    Writing is idempotent: the same text (same `doc`) again creates nothing
    and reports `changed: false`. A *different* text under the `doc` of a page
    already stored is a 409 naming that page and its `page_hash`; replacing it
    must be asked for, with `replace=true` or with `If-Match: "<page_hash>"`
    (412 when the stored page no longer has that hash).
    """
    doc = body.doc or f"api-{hashlib.sha256(body.text.encode('utf-8')).hexdigest()[:16]}.txt"
    stored = stored_page(graph, doc)
    check_precondition(stored, if_match)
    result = _extractor(request).extract(doc, body.text)
    new_hash = page_hash([a.content_hash for a in result.articles])
    if stored is not None and not replace and if_match is None:
        refuse_silent_replace(stored, new_hash)
    summary = ingest_results(graph, [result])
    nodes, rels = summary.nodes, summary.relationships
    return Ingested(
        doc=doc,
        articles=[ArticleRef(id=a.id, title=a.title, date=a.date, doc=a.doc, source_paper=a.source_paper) for a in result.articles],
        entities=[Ref(id=e.id, label=e.type, name=e.name) for e in result.entities],
        relationships=[{"type": r.type, "source": r.source, "target": r.target} for r in result.relations],
        nodes=WriteTally(**asdict(nodes)), relationships_written=WriteTally(**asdict(rels)),
        changed=bool(nodes.created or nodes.deleted or rels.created or rels.deleted or summary.counts.changed_articles),
        page_hash=new_hash, replaced=stored is not None and stored.hash != new_hash,
    )
