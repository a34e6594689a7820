"""Small builders shared by the tests that write hand-made pages into the graph."""

from __future__ import annotations

import hashlib

from extract.models import Article


def page_article(doc: str, text: str, *, title: str | None = None, date: str | None = None) -> Article:
    """The one article of a page ``doc`` (id ``article-{doc}``) holding the whole ``text``."""
    return Article(
        id=f"article-{doc}",
        doc=doc,
        position=0,
        title=title,
        date=date,
        text=text,
        start=0,
        end=len(text),
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
    )
