"""The person-merging rule: same name AND a shared organisation, else separate people."""

from __future__ import annotations

from typing import Any

import pytest
from graph_helpers import page_article

from extract.assemble.ids import entity_id
from extract.models import DocResult, Entity, Evidence, Mention, Relation
from graph.client import Graph
from graph.dump import canonical_dump
from graph.people import Candidate, PersonRef, assign, candidate_params, has_lookups, new_person_id
from graph.writer import GraphWriter


def ref(doc: str, name: str, articles: tuple[str, ...], orgs: tuple[str, ...] = ()) -> PersonRef:
    return PersonRef((doc, entity_id("Person", name)), name, articles, orgs)


def test_same_name_and_shared_organisation_is_one_person() -> None:
    refs = [ref("a", "张伟", ("a0",), ("union-1",)), ref("b", "张伟", ("b0",), ("union-1", "union-2"))]
    ids = assign(refs, {})
    assert ids[refs[0].key] == ids[refs[1].key]


def test_same_name_in_unrelated_places_is_two_people() -> None:
    refs = [ref("a", "张伟", ("a0",), ("union-1",)), ref("b", "张伟", ("b0",), ("union-2",))]
    ids = assign(refs, {})
    assert ids[refs[0].key] != ids[refs[1].key]


def test_a_person_without_organisation_stays_with_its_article() -> None:
    refs = [ref("a", "张伟", ("a0",)), ref("b", "张伟", ("b0",)), ref("c", "张伟", ("c0",), ("union-1",))]
    ids = assign(refs, {})
    assert len({ids[r.key] for r in refs}) == 3
    assert ids[refs[0].key] == new_person_id(refs[0]) != new_person_id(refs[1])


def test_a_stored_person_of_the_same_article_wins_over_organisations() -> None:
    person = ref("b", "张伟", ("b0",), ("union-2",))
    found = {0: [Candidate("person-old", "article", "b0"), Candidate("person-other", "org", "union-2")]}
    assert assign([person], found)[person.key] == "person-old"


def test_the_candidate_sharing_most_organisations_wins_then_the_smallest_id() -> None:
    person = ref("b", "张伟", ("b0",), ("union-1", "union-2"))
    found = {0: [Candidate("person-b", "org", "union-1"), Candidate("person-b", "org", "union-2"), Candidate("person-a", "org", "union-1")]}
    assert assign([person], found)[person.key] == "person-b"
    tie = {0: [Candidate("person-b", "org", "union-1"), Candidate("person-a", "org", "union-2")]}
    assert assign([person], tie)[person.key] == "person-a"


def test_candidates_are_looked_up_from_stored_articles_and_each_organisation_by_label() -> None:
    refs = [ref("a", "张伟", ("a0", "a1"), ("enterprise-9", "union-1")), ref("b", "李娜", ("b0",))]
    params = candidate_params(refs, {"a1"})
    assert params == {
        "articles": [{"key": 0, "name": "张伟", "ref": "a1"}],
        "unions": [{"key": 0, "name": "张伟", "ref": "union-1"}],
        "enterprises": [{"key": 0, "name": "张伟", "ref": "enterprise-9"}],
        "organisations": [],
    }
    assert has_lookups(params)
    assert not has_lookups(candidate_params([ref("b", "李娜", ("b0",))], set()))


# -- in the graph ---------------------------------------------------------------


def page(doc: str, person: str, org: str | None) -> DocResult:
    text = f"{person}任{org or ''}主席。"
    article = page_article(doc, text)
    p = Entity(
        id=entity_id("Person", person),
        type="Person",
        name=person,
        mentions=[Mention(article_id=article.id, text=person, start=0, end=len(person))],
    )
    entities, relations = [p], []
    if org:
        u = Entity(
            id=entity_id("Union", org),
            type="Union",
            name=org,
            mentions=[Mention(article_id=article.id, text=org, start=3, end=3 + len(org))],
        )
        entities.append(u)
        relations.append(
            Relation(
                type="LEADS",
                source=p.id,
                target=u.id,
                title="主席",
                evidence=[Evidence(article_id=article.id, sentence=text, start=0, end=len(text))],
            )
        )
    return DocResult(doc=doc, articles=[article], entities=entities, relations=relations)


PAGES = [
    page("1.txt", "张伟", "杭州市总工会"),
    page("2.txt", "张伟", "杭州市总工会"),
    page("3.txt", "张伟", "成都市总工会"),
    page("4.txt", "张伟", None),
    page("5.txt", "张伟", None),
]


def people(graph: Graph) -> list[dict[str, Any]]:
    with graph.driver.session(database=graph.settings.neo4j_database) as session:
        return [
            r.data()
            for r in session.run(
                "MATCH (p:Person) OPTIONAL MATCH (p)-[:LEADS]->(u) "
                "RETURN p.id AS id, collect(u.name) AS orgs, COUNT { (p)-[:MENTIONED_IN]->() } AS articles ORDER BY orgs, id"
            )
        ]


@pytest.mark.neo4j
def test_graph_merges_people_only_through_a_shared_organisation(empty_graph: Graph) -> None:
    for p in PAGES:  # one page at a time: candidates come from the graph
        GraphWriter(empty_graph).write([p])
    rows = people(empty_graph)
    assert [(r["orgs"], r["articles"]) for r in rows] == [([], 1), ([], 1), (["成都市总工会"], 1), (["杭州市总工会"], 2)]
    before = canonical_dump(empty_graph)
    GraphWriter(empty_graph).write(PAGES)
    assert canonical_dump(empty_graph) == before


@pytest.mark.neo4j
def test_one_batch_gives_the_same_people_as_one_page_at_a_time(empty_graph: Graph) -> None:
    for p in PAGES:
        GraphWriter(empty_graph).write([p])
    one_by_one = canonical_dump(empty_graph)
    with empty_graph.driver.session(database=empty_graph.settings.neo4j_database) as session:
        session.run("MATCH (n) DETACH DELETE n").consume()
    GraphWriter(empty_graph).write(PAGES)
    assert canonical_dump(empty_graph) == one_by_one
