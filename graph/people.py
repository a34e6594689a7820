"""Which stored Person a person of a page is: the person-merging rule.

The extractor gives every person the id of its name, so two people called
王颍 share an id. In the graph a person is merged across articles only when
the name matches **and** they share an organisation (a body they LEAD or
WORK_AT); a person with no organisation stays tied to its first article.
Re-ingesting an article finds the Person already mentioned in it, so a second
run (or a run resumed after a crash) assigns the same ids as the first.

For each person of a batch, in input order:

1. a Person of the same name already mentioned in one of its articles → that one;
2. else a Person of the same name tied to one of its organisations → the one
   sharing the most organisations (ties: the smallest id);
3. else a new id: ``person-`` + sha1(name, anchor), the anchor being its
   smallest organisation id, or its first article id when it has none.

Candidates are read from the graph in one query per batch (none when the
batch has no stored article and no organisation to look from); people earlier in
the same batch count as candidates too, so batching does not change the result.
"""

from __future__ import annotations

import hashlib
from collections.abc import Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from extract.models import DocResult

PersonKey = tuple[str, str]
"""(source file, extractor entity id): one person of one page."""

ORG_RELATIONS = frozenset({"LEADS", "WORKS_AT"})
ORG_PREFIXES = {"unions": "union-", "enterprises": "enterprise-", "organisations": "organisation-"}


@dataclass(frozen=True)
class PersonRef:
    """A person of one page, with what the merging rule looks at."""

    key: PersonKey
    name: str
    article_ids: tuple[str, ...]
    orgs: tuple[str, ...]


@dataclass(frozen=True)
class Candidate:
    """A stored Person of the same name, found through an article or an organisation."""

    id: str
    via: Literal["article", "org"]
    ref: str


@dataclass
class _Known:
    articles: set[str] = field(default_factory=set)
    orgs: set[str] = field(default_factory=set)


def person_refs(docs: Iterable[DocResult]) -> list[PersonRef]:
    """Every Person entity of the pages, with its articles and organisations."""
    refs: list[PersonRef] = []
    for doc in docs:
        order = {a.id: a.position for a in doc.articles}
        for entity in doc.entities:
            if entity.type != "Person":
                continue
            articles = sorted({m.article_id for m in entity.mentions}, key=lambda a: (order.get(a, 0), a))
            orgs = sorted({r.target for r in doc.relations if r.type in ORG_RELATIONS and r.source == entity.id})
            refs.append(PersonRef((doc.doc, entity.id), entity.name, tuple(articles), tuple(orgs)))
    return refs


def candidate_params(refs: Sequence[PersonRef], stored_articles: Container[str]) -> dict[str, list[dict[str, Any]]]:
    """The parameters of ``ingest_person_candidates``: one ``{key, name, ref}`` list per start label.

    Only articles already in the graph (``stored_articles``) can have a Person
    mentioned in them, so the others are not looked up.
    """
    params: dict[str, list[dict[str, Any]]] = {"articles": [], **{name: [] for name in ORG_PREFIXES}}
    for i, ref in enumerate(refs):
        for aid in ref.article_ids:
            if aid in stored_articles:
                params["articles"].append({"key": i, "name": ref.name, "ref": aid})
        for org in ref.orgs:
            for param, prefix in ORG_PREFIXES.items():
                if org.startswith(prefix):
                    params[param].append({"key": i, "name": ref.name, "ref": org})
    return params


def has_lookups(params: Mapping[str, Sequence[object]]) -> bool:
    """Whether the candidate query has anything to look up."""
    return any(params.values())


def new_person_id(ref: PersonRef) -> str:
    """A deterministic id for a person no stored Person matches."""
    anchor = ref.orgs[0] if ref.orgs else (ref.article_ids[0] if ref.article_ids else ref.key[0])
    digest = hashlib.sha1(f"{ref.name}\x1f{anchor}".encode()).hexdigest()[:16]
    return f"person-{digest}"


def assign(refs: Sequence[PersonRef], found: Mapping[int, Sequence[Candidate]]) -> dict[PersonKey, str]:
    """Apply the merging rule; ``found`` maps a ref's index to its stored candidates."""
    by_name: dict[str, dict[str, _Known]] = {}
    out: dict[PersonKey, str] = {}
    for i, ref in enumerate(refs):
        known = by_name.setdefault(ref.name, {})
        for cand in found.get(i, ()):
            entry = known.setdefault(cand.id, _Known())
            (entry.articles if cand.via == "article" else entry.orgs).add(cand.ref)
        pid = _choose(ref, known)
        entry = known.setdefault(pid, _Known())
        entry.articles.update(ref.article_ids)
        entry.orgs.update(ref.orgs)
        out[ref.key] = pid
    return out


def _choose(ref: PersonRef, known: Mapping[str, _Known]) -> str:
    articles, orgs = set(ref.article_ids), set(ref.orgs)
    tied = sorted(pid for pid, k in known.items() if k.articles & articles)
    if tied:
        return tied[0]
    shared = [(-len(k.orgs & orgs), pid) for pid, k in known.items() if k.orgs & orgs]
    if shared:
        return min(shared)[1]
    return new_person_id(ref)


def parse_candidates(records: Iterable[Mapping[str, Any]]) -> dict[int, list[Candidate]]:
    """Group the rows of ``ingest_person_candidates`` by ref index."""
    found: dict[int, list[Candidate]] = {}
    for rec in records:
        via: Literal["article", "org"] = "article" if rec["via"] == "article" else "org"
        found.setdefault(int(rec["key"]), []).append(Candidate(str(rec["id"]), via, str(rec["ref"])))
    return found
