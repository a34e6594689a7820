"""Response models, with the examples shown at ``/docs``."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from core.errors import BadInput
from core.vocab import GraphLabel, GraphRelType
from extract.source.reader import clean_text

EntityLabel = GraphLabel
RelType = GraphRelType

_UNION = {"id": "union-3e1c0f6f0b1c2d3a", "label": "Union", "name": "无锡市梁溪区总工会"}
_EVIDENCE = {
    "article_id": "article-383c5574506e3e75",
    "article_title": "梁溪区总工会：…",
    "article_date": None,
    "sentence": "无锡市梁溪区总工会党组书记、副主席 王颍",
    "start": 24,
    "end": 44,
}


def _examples(*examples: dict[str, Any], populate_by_name: bool = False) -> ConfigDict:
    return ConfigDict(json_schema_extra={"examples": list(examples)}, populate_by_name=populate_by_name)


class ParameterProblem(BaseModel):
    """A request parameter at fault: its name, where it was sent, and what is wrong with it."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    parameter: str
    in_: Literal["query", "path", "header", "body", "cookie"] = Field(alias="in")
    message: str


class ErrorDetails(BaseModel):
    """The parameters at fault (always there, empty when none is), and any other context."""

    model_config = ConfigDict(extra="allow")
    parameters: list[ParameterProblem]


class ErrorBody(BaseModel):
    """What went wrong: a stable code, a message naming the bad value, details."""

    code: str
    message: str
    details: ErrorDetails


class ErrorResponse(BaseModel):
    """The one error shape of every endpoint."""

    model_config = _examples(
        {
            "error": {
                "code": "not_found",
                "message": "no entity with id 'union-x'",
                "details": {"parameters": [{"parameter": "id", "in": "path", "message": "no entity with id 'union-x'"}]},
            }
        }
    )
    error: ErrorBody


class Ref(BaseModel):
    """A node named by id, with its label and name."""

    id: str
    name: str | None = None
    label: str | None = None


class Evidence(BaseModel):
    """The sentence a relationship was read from, and where: the article (its
    title and date, when stated), and the sentence with its character span."""

    article_id: str
    article_title: str | None = None
    article_date: str | None = None
    sentence: str | None = None
    start: int | None = None
    end: int | None = None


class Paged(BaseModel):
    """A page of a list: ``total`` items in all, this page from ``offset``, at most ``limit``."""

    total: int
    offset: int
    limit: int


class Health(BaseModel):
    """Liveness or readiness."""

    model_config = _examples({"status": "ok"})
    status: str


class SearchHit(BaseModel):
    """One entity matching a search: how its name or aliases match the text, and its full-text score."""

    id: str
    label: str | None
    name: str
    aliases: list[str]
    score: float
    match: Literal["exact", "substring", "terms"] = Field(
        description="`exact`: the name or an alias is the text; `substring`: one contains it; "
        "`terms`: only some of its character pairs match."
    )


class SearchResults(Paged):
    """Search hits, best first."""

    model_config = _examples(
        {
            "query": "梁溪",
            "total": 1,
            "offset": 0,
            "limit": 20,
            "items": [{**_UNION, "aliases": ["梁溪区总工会"], "score": 2.31, "match": "substring"}],
        }
    )
    query: str
    items: list[SearchHit]


class RelCount(BaseModel):
    """How many relationships of one type leave and reach the entity."""

    type: str
    outgoing: int
    incoming: int


class ArticleRef(BaseModel):
    """An article, briefly."""

    id: str
    title: str | None = None
    date: str | None = None
    doc: str | None = None
    source_paper: str | None = None


Verdict = Literal["reject", "confirm", "merge"]


class Review(BaseModel):
    """A researcher's decision on an entity or a relationship (POST /review)."""

    verdict: Verdict
    note: str | None = None
    decided_at: str | None = None
    into: str | None = Field(default=None, description="For `merge`: the entity this one was merged into.")


class EntityDetail(BaseModel):
    """One entity: its properties, relationship counts and the articles naming it. When the id asked
    for was merged into another entity (POST /review), the answer is that entity's, and `resolved_from`
    names the id asked for."""

    model_config = _examples(
        {
            **_UNION,
            "aliases": ["梁溪区总工会"],
            "properties": {"level": "county", "region_code": "320213"},
            "relationship_counts": [{"type": "PART_OF", "outgoing": 1, "incoming": 0}],
            "article_total": 1,
            "articles": [{"id": "000_da2f574a8710ab3e.txt#0", "title": "“四个强化” 推进梁溪产改走深走实"}],
        }
    )
    id: str
    label: str | None
    name: str
    aliases: list[str]
    properties: dict[str, Any]
    relationship_counts: list[RelCount]
    article_total: int
    articles: list[ArticleRef]
    resolved_from: str | None = Field(default=None, description="The id asked for, when it was merged into this entity.")
    merged_ids: list[str] = Field(default_factory=list, description="Ids merged into this entity (POST /review).")
    review: Review | None = Field(default=None, description="The decision on this entity, if any.")


EVIDENCE_TOTAL = Field(description="Evidence items in all; `evidence` lists the newest few (see GET /evidence).")


class Relationship(BaseModel):
    """One relationship of an entity, seen from it, with its neighbour and newest evidence."""

    type: str
    direction: Literal["out", "in", "both"]
    properties: dict[str, Any]
    neighbour: Ref
    confirmed: bool = Field(default=False, description="A researcher confirmed it (POST /review).")
    evidence_total: int = EVIDENCE_TOTAL
    evidence: list[Evidence]


class RelationshipPage(Paged):
    """A page of an entity's relationships (ordered by type, then neighbour name)."""

    model_config = _examples(
        {
            "id": "person-6a1d…",
            "total": 1,
            "offset": 0,
            "limit": 20,
            "items": [
                {
                    "type": "LEADS",
                    "direction": "out",
                    "properties": {"title": "党组书记、副主席"},
                    "neighbour": _UNION,
                    "evidence_total": 1,
                    "evidence": [_EVIDENCE],
                }
            ],
        }
    )
    id: str
    items: list[Relationship]


class HierarchyNode(Ref):
    """A body in a PART_OF chain."""

    level: str | None = None


class Hierarchy(BaseModel):
    """A union's parents (nearest first, up to the top) and a page of its direct children."""

    model_config = _examples(
        {
            **_UNION,
            "level": "county",
            "parents": [
                {"id": "union-…", "name": "无锡市总工会", "label": "Union", "level": "city"},
                {"id": "union-…", "name": "江苏省总工会", "label": "Union", "level": "province"},
            ],
            "children_total": 0,
            "offset": 0,
            "limit": 20,
            "children": [],
        }
    )
    id: str
    name: str
    level: str | None = None
    parents: list[HierarchyNode]
    children_total: int
    offset: int
    limit: int
    children: list[HierarchyNode]


class LeaderEvidence(Evidence):
    """Evidence of a LEADS, dated by its article (``as_of``, null when it states no date),
    with the office as that sentence states it."""

    as_of: str | None = None
    title: str | None = None


class Leader(BaseModel):
    """A person who leads a union, with the office as written."""

    person: Ref
    title: str | None = None
    as_of: str | None = None
    evidence_total: int = EVIDENCE_TOTAL
    evidence: list[LeaderEvidence]


class Leaders(Paged):
    """A page of a union's leaders."""

    model_config = _examples(
        {
            **_UNION,
            "total": 1,
            "offset": 0,
            "limit": 20,
            "items": [
                {
                    "person": {"id": "person-…", "name": "王颍"},
                    "title": "党组书记、副主席",
                    "as_of": None,
                    "evidence_total": 1,
                    "evidence": [_EVIDENCE],
                }
            ],
        }
    )
    id: str
    name: str
    on: str | None = Field(default=None, description="The date asked for with `on`, if any.")
    items: list[Leader]


class Partner(BaseModel):
    """A body partnered with another, with the agreement where given."""

    partner: Ref
    agreement: str | None = None
    evidence_total: int = EVIDENCE_TOTAL
    evidence: list[Evidence]


class Partners(Paged):
    """A page of a body's partners (PARTNERED_WITH, either direction)."""

    id: str
    name: str
    label: str | None
    items: list[Partner]


class Host(BaseModel):
    """A body that hosted a programme, with its role."""

    id: str
    name: str | None = None
    role: str | None = None


class ProgrammeSummary(BaseModel):
    """A programme and its hosts."""

    id: str
    name: str
    aliases: list[str]
    hosts: list[Host]


class Programmes(Paged):
    """A page of programmes, by name."""

    model_config = _examples(
        {
            "total": 1,
            "offset": 0,
            "limit": 20,
            "items": [
                {
                    "id": "programme-…",
                    "name": "梁溪职工大阅读行动",
                    "aliases": ["职工大阅读行动"],
                    "hosts": [{"id": "union-…", "name": "无锡市梁溪区总工会", "role": "host"}],
                }
            ],
        }
    )
    items: list[ProgrammeSummary]


class Reason(BaseModel):
    """Why two programmes are related: the reason, its weight, how many links, up to five of them."""

    reason: Literal["same_host", "shared_participant", "related_host", "same_region", "same_article"]
    weight: float
    count: int
    via: list[dict[str, Any]]


class RelatedProgramme(BaseModel):
    """A related programme and its score (sum over reasons of weight × min(count, 3))."""

    id: str
    name: str
    score: float
    reasons: list[Reason]


class Related(BaseModel):
    """Programmes related to one programme, best first."""

    model_config = _examples(
        {
            "id": "programme-…",
            "name": "梁溪职工大阅读行动",
            "items": [
                {
                    "id": "programme-…",
                    "name": "梁溪英才计划",
                    "score": 4.0,
                    "reasons": [
                        {"reason": "same_host", "weight": 3.0, "count": 1, "via": [{"id": "union-…", "name": "无锡市梁溪区总工会"}]},
                        {
                            "reason": "same_article",
                            "weight": 1.0,
                            "count": 1,
                            "via": [{"id": "000_…#0", "name": "“四个强化” 推进梁溪产改走深走实"}],
                        },
                    ],
                }
            ],
        }
    )
    id: str
    name: str
    items: list[RelatedProgramme]


class Recipient(BaseModel):
    """Who received an award, when, and from whom."""

    recipient: Ref
    year: int | None = None
    conferred_by: Ref | None = None
    evidence_total: int = EVIDENCE_TOTAL
    evidence: list[Evidence]


class Recipients(Paged):
    """A page of an award's recipients, latest year first."""

    model_config = _examples(
        {
            "id": "award-…",
            "name": "全国五一劳动奖章",
            "total": 1,
            "offset": 0,
            "limit": 20,
            "items": [
                {
                    "recipient": {"id": "person-…", "name": "许连寿", "label": "Person"},
                    "year": 2023,
                    "conferred_by": {"id": "union-…", "name": "中华全国总工会"},
                    "evidence_total": 1,
                    "evidence": [_EVIDENCE],
                }
            ],
        }
    )
    id: str
    name: str
    items: list[Recipient]


class Hop(BaseModel):
    """One relationship of a path, as stored (source → target), with its evidence."""

    type: str
    source: str
    target: str
    properties: dict[str, Any]
    evidence_total: int = EVIDENCE_TOTAL
    evidence: list[Evidence]


class EvidencePage(Paged):
    """A page of one relationship's evidence, newest first."""

    model_config = _examples(
        {"type": "LEADS", "source": "person-…", "target": _UNION["id"], "total": 1, "offset": 0, "limit": 20, "items": [_EVIDENCE]}
    )
    type: str
    source: str
    target: str
    items: list[Evidence]


class Change(BaseModel):
    """One node or relationship that an ingest added, changed or retracted, with the evidence involved."""

    at: str = Field(description="When the ingest wrote it (ISO 8601, UTC): ingest time, not the article's date.")
    kind: Literal["added", "changed", "retracted"]
    entity: Literal["node", "relationship"]
    label: str = Field(description="The node's label or the relationship's type.")
    id: str | None = Field(None, description="The node's id (nodes).")
    name: str | None = Field(None, description="The node's name (nodes).")
    source: str | None = Field(None, description="The id of the relationship's start (relationships).")
    target: str | None = Field(None, description="The id of the relationship's end (relationships).")
    evidence_total: int
    evidence: list[Evidence] = Field(description="The articles involved: for a relationship, the evidence it "
                                                 "gained (added, changed) or lost (retracted).")


class ChangePage(Paged):
    """What ingests added, changed or retracted after ``since``, newest first."""

    model_config = _examples({"since": "2026-12-01T00:00:00+00:00", "total": 1, "offset": 0, "limit": 20, "items": [
        {"at": "2026-12-06T05:40:12.345Z", "kind": "added", "entity": "relationship", "label": "LEADS",
         "source": "person-…", "target": _UNION["id"], "evidence_total": 1, "evidence": [_EVIDENCE]}]})
    since: str
    items: list[Change]


class PathModel(BaseModel):
    """One shortest path: its nodes in order and the hop between each pair."""

    length: int
    nodes: list[Ref]
    hops: list[Hop]


class Paths(BaseModel):
    """Shortest paths between two entities (empty when none is within ``max_hops``)."""

    model_config = _examples(
        {
            "from": "person-…",
            "to": "union-…",
            "max_hops": 4,
            "paths": [
                {
                    "length": 1,
                    "nodes": [{"id": "person-…", "name": "王颍", "label": "Person"}, _UNION],
                    "hops": [
                        {
                            "type": "LEADS",
                            "source": "person-…",
                            "target": _UNION["id"],
                            "properties": {"title": "党组书记、副主席"},
                            "evidence_total": 1,
                            "evidence": [_EVIDENCE],
                        }
                    ],
                }
            ],
        },
        populate_by_name=True,
    )
    from_: str = Field(alias="from")
    to: str
    max_hops: int
    paths: list[PathModel]


class MentionedEntity(Ref):
    """An entity an article names, with the spans (``start:end``) where."""

    spans: list[str] = Field(default_factory=list)


class ArticleRelationship(BaseModel):
    """A relationship read from the article, with this article's evidence."""

    type: str
    source: Ref
    target: Ref
    properties: dict[str, Any]
    evidence: list[Evidence]


class ArticleDetail(BaseModel):
    """An article's text and what was read from it."""

    model_config = _examples(
        {
            "id": "000_da2f574a8710ab3e.txt#0",
            "title": "“四个强化” 推进梁溪产改走深走实",
            "doc": "000_da2f574a8710ab3e.txt",
            "position": 0,
            "date": None,
            "source_paper": None,
            "section": "主席之声",
            "content_hash": "…",
            "text": "…",
            "entities": [{**_UNION, "spans": ["24:33"]}],
            "relationships": [],
        }
    )
    id: str
    title: str | None = None
    doc: str | None = None
    position: int | None = None
    date: str | None = None
    source_paper: str | None = None
    section: str | None = None
    content_hash: str | None = None
    text: str | None = None
    entities: list[MentionedEntity]
    relationships: list[ArticleRelationship]


class CypherRequest(BaseModel):
    """A researcher's read-only Cypher and its parameters."""

    model_config = _examples(
        {"query": "MATCH (u:Union)-[:PART_OF]->(p:Union {name: $parent}) RETURN u.name AS name", "params": {"parent": "无锡市总工会"}}
    )
    query: str = Field(min_length=1, max_length=20_000, description="One read-only Cypher statement.")
    params: dict[str, Any] = Field(default_factory=dict, description="Values for the query's $parameters.")


class CypherResult(BaseModel):
    """Columns and rows; ``truncated`` says a cap cut them, ``truncated_by`` which one."""

    model_config = _examples(
        {
            "columns": ["name"],
            "rows": [["无锡市梁溪区总工会"]],
            "truncated": False,
            "truncated_by": None,
            "row_cap": 1000,
            "byte_cap": 5000000,
        }
    )
    columns: list[str]
    rows: list[list[Any]]
    truncated: bool
    truncated_by: Literal["rows", "bytes"] | None = Field(
        default=None, description="`rows`: the row cap cut the rows; `bytes`: the byte cap did (rows as compact JSON)."
    )
    row_cap: int
    byte_cap: int


class ArticleIn(BaseModel):
    """One page of article text to ingest."""

    model_config = _examples({"text": "无锡市梁溪区总工会党组书记、副主席王颍介绍,梁溪区总工会开展梁溪职工大阅读行动。"})
    text: str = Field(
        min_length=1,
        max_length=200_000,
        description="The page's text (one or more articles). Cleaned as files are: NUL characters are refused, other "
        "control characters removed, HTML reduced to its text; nothing but whitespace is refused.",
    )
    doc: str | None = Field(
        default=None,
        min_length=1,
        max_length=200,
        pattern=r"^[^/\\\x00-\x1f\x7f]+$",
        description="Source name; by default `api-<sha256 of the text, 16 hex>.txt`, so the same text is the same doc.",
    )

    @field_validator("text")
    @classmethod
    def _clean(cls, text: str) -> str:
        try:
            return clean_text("text", text)
        except BadInput as exc:
            raise ValueError(str(exc.details.get("reason", exc.message))) from exc


class WriteTally(BaseModel):
    """Created, updated (merged into an existing one) and deleted."""

    created: int
    updated: int
    deleted: int


class Ingested(BaseModel):
    """What was read from the text and what writing it changed."""

    model_config = _examples(
        {
            "doc": "api-1f0c2a3b4c5d6e7f.txt",
            "articles": [{"id": "api-1f0c…#0", "title": None}],
            "entities": [{"id": "union-…", "label": "Union", "name": "无锡市梁溪区总工会"}],
            "relationships": [{"type": "HOSTED", "source": "union-…", "target": "programme-…"}],
            "nodes": {"created": 4, "updated": 0, "deleted": 0},
            "relationships_written": {"created": 3, "updated": 0, "deleted": 0},
            "changed": True,
            "page_hash": "9f2c…",
            "replaced": False,
        }
    )
    doc: str
    articles: list[ArticleRef]
    entities: list[Ref]
    relationships: list[dict[str, str]]
    nodes: WriteTally
    relationships_written: WriteTally
    changed: bool = Field(description="False when the same text was already in the graph (nothing created or deleted).")
    page_hash: str = Field(description="The page's content hash (send it as `If-Match` to replace this page later).")
    replaced: bool = Field(description="True when a different page of the same `doc` was replaced.")



class DecisionIn(BaseModel):
    """One decision: on an entity (`entity`) or on a relationship (`source`, `type`, `target`)."""

    model_config = ConfigDict(extra="forbid")
    verdict: Verdict = Field(description="`reject`: wrong, hide it; `confirm`: checked and right; "
                                         "`merge`: `entity` is the same as `into`.")
    entity: str | None = Field(default=None, min_length=1, max_length=200, description="An entity id.")
    source: str | None = Field(default=None, min_length=1, max_length=200, description="A relationship's start id.")
    type: RelType | None = Field(default=None, description="A relationship's type.")
    target: str | None = Field(default=None, min_length=1, max_length=200, description="A relationship's end id.")
    into: str | None = Field(default=None, min_length=1, max_length=200, description="For `merge`: the entity kept.")
    note: str | None = Field(default=None, max_length=2000, description="Why (optional).")

    @model_validator(mode="after")
    def _one_subject(self) -> DecisionIn:
        ends = (self.source, self.type, self.target)
        if (self.entity is None) == all(e is None for e in ends) or (self.entity is None and None in ends):
            raise ValueError("name either an entity (`entity`) or a relationship (`source`, `type` and `target`)")
        if (self.verdict == "merge") != (self.into is not None) or (self.verdict == "merge" and self.entity is None):
            raise ValueError("`merge` needs `entity` and `into` (the entity kept); other verdicts take no `into`")
        if self.into is not None and self.into == self.entity:
            raise ValueError("an entity cannot be merged into itself")
        return self


class ReviewIn(BaseModel):
    """Decisions to store (a later decision on the same subject replaces the earlier one)."""

    model_config = _examples({"decisions": [
        {"verdict": "reject", "source": "person-…", "type": "LEADS", "target": _UNION["id"], "note": "a reporter, not an official"},
        {"verdict": "confirm", "entity": _UNION["id"]},
        {"verdict": "merge", "entity": "union-…", "into": _UNION["id"], "note": "the same district federation"}]})
    decisions: list[DecisionIn] = Field(min_length=1, max_length=1000)


class Written(BaseModel):
    """One stored decision: its subject and whether it changed anything."""

    subject: str
    changed: bool


class ReviewWritten(BaseModel):
    """The decisions stored, in the order sent."""

    model_config = _examples({"items": [{"subject": "person-…|LEADS|" + _UNION["id"], "changed": True}]})
    items: list[Written]


class Decision(BaseModel):
    """A stored decision, with the names of the entities it names (null when no longer in the graph)."""

    subject: str = Field(description="The entity id, or `source|TYPE|target` of the relationship as stored.")
    kind: Literal["entity", "relationship"]
    verdict: Verdict
    note: str | None = None
    decided_at: str | None = None
    entity: Ref | None = None
    source: Ref | None = None
    type: str | None = None
    target: Ref | None = None
    into: Ref | None = None


class ReviewPage(Paged):
    """A page of decisions, newest first."""

    model_config = _examples({"total": 1, "offset": 0, "limit": 20, "items": [
        {"subject": "person-…|LEADS|" + _UNION["id"], "kind": "relationship", "verdict": "reject", "note": "a reporter",
         "decided_at": "2026-12-07T10:00:00Z", "entity": None, "source": {"id": "person-…", "name": "王颍"},
         "type": "LEADS", "target": _UNION, "into": None}]})
    items: list[Decision]
