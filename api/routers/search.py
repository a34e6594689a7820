"""Full-text search over entity names and aliases."""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import GraphDep, PageDep
from api.models import EntityLabel, ErrorResponse, SearchResults
from core.errors import BadParameter, parameter

router = APIRouter(tags=["search"])

_LUCENE_SPECIAL = re.compile(r'([+\-&|!(){}\[\]^"~*?:\\/])')
_OPERATOR_WORD = re.compile(r"\b(AND|OR|NOT|TO)\b")


def lucene_escape(text: str) -> str:
    """``text`` as literal Lucene terms: special characters escaped, operator words lower-cased."""
    escaped = _LUCENE_SPECIAL.sub(r"\\\1", text.strip())
    return _OPERATOR_WORD.sub(lambda m: m.group(1).lower(), escaped)


@router.get("/search", response_model=SearchResults, responses={422: {"model": ErrorResponse}})
def search(
    graph: GraphDep,
    page: PageDep,
    q: Annotated[str, Query(min_length=1, max_length=200, description="Words or a Chinese substring (two characters or more).")],
    label: Annotated[EntityLabel | None, Query(description="Only entities with this label.")] = None,
) -> SearchResults:
    """Search entity names and aliases (full-text, cjk analyzer), best match first.

    Chinese text is indexed as character bigrams, so any substring of two or
    more characters finds the names containing it (`梁溪` finds
    无锡市梁溪区总工会). Hits whose name or an alias is the text come first
    (`match: exact`), then those containing it (`substring`), then those
    sharing only some of its character pairs (`terms`); full-text score
    orders each group. `q` is taken literally: Lucene syntax (quotes, `:`,
    `*`, `AND` …) is escaped, never interpreted.
    """
    query = lucene_escape(q)
    if not re.search(r"\w", q):
        message = f"q {q!r} has no letters or digits to search for"
        raise BadParameter(message, parameter("q", "query", message))
    params = {"query": query, "text": q.strip(), "label": label, "offset": page.offset, "limit": page.limit}
    row = graph.run("api_search", params).rows[0]
    return SearchResults(query=q, total=row["total"], offset=page.offset, limit=page.limit, items=row["items"])
