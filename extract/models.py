"""Typed contracts between the extraction stages and the graph writer.

The JSON form of :class:`DocResult` is what ``unionkg extract`` prints, one
object a line; it is a public contract (see the README), keep it stable.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from core.vocab import Label, RelType

DateBasis = Literal["dateline", "masthead", "text"]


class Article(BaseModel):
    """One article of a page, with its place in the page's normalised text."""

    id: str = Field(description="Deterministic: derived from the file name and the position.")
    doc: str = Field(description="Source file name.")
    position: int = Field(description="0-based position of the article in its page.")
    title: str | None = None
    section: str | None = Field(default=None, description="Section tag such as 主席之声.")
    bylines: list[str] = Field(default_factory=list, description="Reporter/photographer names (not entities).")
    source_paper: str | None = Field(default=None, description="来源:《…》 where stated, else the paper of the page's masthead.")
    date: str | None = Field(default=None, description="ISO date where stated (see date_basis); never guessed.")
    date_basis: DateBasis | None = Field(
        default=None, description="Where the date was read: the 本报讯 dateline, the page's masthead, or the text's first full date."
    )
    editor_note: str | None = None
    text: str = Field(description="The article's normalised text.")
    start: int = Field(description="Offset of the article in the page's normalised text.")
    end: int
    content_hash: str = Field(description="sha256 of the article's text.")


class Mention(BaseModel):
    """One place where an entity is named."""

    article_id: str
    text: str = Field(description="The surface form as written.")
    start: int = Field(description="Offset into the page's normalised text.")
    end: int


class Evidence(BaseModel):
    """The sentence a relationship was read from."""

    article_id: str
    sentence: str
    start: int = Field(description="Offset of the sentence in the page's normalised text.")
    end: int


class Entity(BaseModel):
    """One body, person, programme or award of a page, resolved within the page."""

    id: str = Field(description="Deterministic id from label and canonical name.")
    type: Label
    name: str
    aliases: list[str] = Field(default_factory=list)
    level: str | None = Field(
        default=None, description="Union level: national, province, city, county, township, industry, enterprise, grassroots."
    )
    region_code: str | None = Field(default=None, description="Administrative code of the body's place, where known.")
    mentions: list[Mention] = Field(default_factory=list)


class Relation(BaseModel):
    """A typed relationship between two entities of the same page."""

    type: RelType
    source: str = Field(description="Entity id.")
    target: str = Field(description="Entity id.")
    title: str | None = Field(default=None, description="LEADS: the office as written.")
    role: str | None = Field(default=None, description="HOSTED: host/co-host/undertaker; WORKS_AT: the job.")
    agreement: str | None = Field(default=None, description="PARTNERED_WITH: the agreement's title.")
    year: int | None = Field(default=None, description="RECEIVED: year conferred.")
    conferred_by: str | None = Field(default=None, description="RECEIVED: entity id of the conferring body.")
    evidence: list[Evidence] = Field(default_factory=list)


class DocResult(BaseModel):
    """Everything read from one source file."""

    doc: str
    articles: list[Article] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)
