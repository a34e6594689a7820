"""The explorer's review actions and export bar, in headless Chromium, against the real app and
the seeded graph: each loads, acts (the decision reaches the API; the file downloads and reads
back), and logs no JavaScript or console error (``open_page`` fails the test otherwise)."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import networkx as nx
import pytest

from graph.client import Graph

pytestmark = [pytest.mark.neo4j, pytest.mark.browser]

OpenPage = Callable[[str], Any]


@pytest.fixture(scope="module")
def api_key(seeded_graph: Graph) -> str:
    assert seeded_graph.settings.api_key is not None
    return seeded_graph.settings.api_key.get_secret_value()


def entity_id(client: httpx.Client, label: str, name: str) -> str:
    hits = client.get("/search", params={"q": name, "label": label, "limit": 50}).json()["items"]
    ids = [hit["id"] for hit in hits if hit["name"] == name]
    assert len(ids) == 1, ids
    return str(ids[0])


def downloaded(page: Any, button: str) -> bytes:
    with page.expect_download() as info:
        page.click(button)
    return Path(info.value.path()).read_bytes()


def test_a_view_exports_its_list_as_csv_the_graph_as_graphml_and_png(open_page: OpenPage, client: httpx.Client) -> None:
    union = entity_id(client, "Union", "无锡市梁溪区总工会")
    leaders = client.get(f"/unions/{union}/leaders").json()
    page = open_page(f"/#entity={union}&view=leaders")
    page.wait_for_selector("body[data-view=leaders] #export-bar")

    text = downloaded(page, "#export-csv").decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))
    assert len(rows) == len(leaders["items"]) > 0
    assert [r["person.name"] for r in rows] == [item["person"]["name"] for item in leaders["items"]]

    graph = nx.read_graphml(io.BytesIO(downloaded(page, "#export-graphml")))
    shown = page.evaluate("[unionkgExplorer.cy.nodes(':visible').length, unionkgExplorer.cy.edges(':visible').length]")
    assert [graph.number_of_nodes(), graph.number_of_edges()] == shown and shown[0] > 1
    assert graph.nodes[union]["name"] == "无锡市梁溪区总工会" and graph.nodes[union]["type"] == "Union"

    png = downloaded(page, "#export-png")
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 5_000


def test_review_without_a_key_says_so_and_sends_nothing(open_page: OpenPage, client: httpx.Client) -> None:
    person = entity_id(client, "Person", "王颍")
    page = open_page(f"/#entity={person}")
    page.wait_for_selector("body[data-entity-review=ready] #entity-review")
    page.click("#entity-review .review-reject")
    page.wait_for_selector("body[data-review=error]")
    assert "密钥" in page.inner_text("#entity-review-state")
    assert client.get("/review").json()["total"] == 0


def test_the_review_box_adds_nothing_but_itself_to_an_unmerged_entity(open_page: OpenPage, client: httpx.Client) -> None:
    person = entity_id(client, "Person", "王颍")
    page = open_page(f"/#entity={person}")
    page.wait_for_selector("body[data-entity-review=ready] #entity-review")
    # an entity not merged from another has no 已合并 line: no stray text (such as "null") either
    assert (
        page.evaluate(
            "[...document.getElementById('entity-actions').childNodes].filter(n => n.nodeType === Node.TEXT_NODE).map(n => n.textContent)"
        )
        == []
    )
    assert "null" not in page.inner_text("#entity-actions")


def test_confirm_then_reject_a_relationship_from_its_evidence_panel(open_page: OpenPage, client: httpx.Client, api_key: str) -> None:
    person, union = entity_id(client, "Person", "王颍"), entity_id(client, "Union", "无锡市梁溪区总工会")
    edge = f"{person}|LEADS|{union}"
    page = open_page(f"/#entity={person}")
    page.fill("#api-key", api_key)
    page.click(f'#entity button[data-edge="{edge}"]')
    page.wait_for_selector("#evidence-actions #edge-review")
    page.fill("#edge-review-note", "核对过原文")
    page.click("#edge-review .review-confirm")
    page.wait_for_selector("body[data-review='done:confirm']")
    decision = client.get("/review").json()["items"][0]
    assert (decision["subject"], decision["verdict"], decision["note"]) == (edge, "confirm", "核对过原文")
    assert page.evaluate(f"unionkgExplorer.cy.getElementById({edge!r}).data('confirmed')") is True

    page.click("#edge-review .review-reject")
    page.wait_for_selector("body[data-review='done:reject']")
    assert page.evaluate(f"unionkgExplorer.cy.getElementById({edge!r}).length") == 0
    page.wait_for_selector(f'#entity-name[data-id="{person}"]')
    assert page.locator(f'#entity button[data-edge="{edge}"]').count() == 0
    items = client.get(f"/entities/{person}/relationships", params={"type": "LEADS"}).json()["items"]
    assert union not in [i["neighbour"]["id"] for i in items]


def test_reject_an_entity_from_its_page(open_page: OpenPage, client: httpx.Client, api_key: str) -> None:
    award = entity_id(client, "Award", "全国模范职工之家")
    page = open_page(f"/#entity={award}")
    page.fill("#api-key", api_key)
    page.wait_for_selector("#entity-review")
    page.fill("#entity-review-note", "不是荣誉")
    page.click("#entity-review .review-reject")
    page.wait_for_selector("body[data-review='done:reject']")
    assert page.inner_text("#entity-review-state") == "审核：已否决"
    review = client.get(f"/entities/{award}").json()["review"]
    assert (review["verdict"], review["note"]) == ("reject", "不是荣誉")
    page.reload()
    page.wait_for_selector("body[data-entity-review=ready]")
    assert page.inner_text("#entity-review-state") == "审核：已否决"
    assert page.input_value("#api-key") == api_key  # kept for the tab


def test_merge_an_entity_into_another_from_its_page(open_page: OpenPage, client: httpx.Client, api_key: str) -> None:
    programmes = [p["id"] for p in client.get("/programmes", params={"limit": 200}).json()["items"]]
    old, kept = programmes[-1], programmes[-2]
    page = open_page(f"/#entity={old}")
    page.fill("#api-key", api_key)
    page.wait_for_selector("#entity-merge")
    page.fill("#merge-into", kept)
    page.click("#entity-merge .review-merge")
    try:
        page.wait_for_selector("body[data-review='done:merge']")
        page.wait_for_selector(f'#entity-name[data-id="{kept}"]')  # the explorer opens the entity kept
        resolved = client.get(f"/entities/{old}").json()
        assert (resolved["id"], resolved["resolved_from"]) == (kept, old)
    finally:  # a later decision replaces the merge: the shared graph reads as before for the other tests
        undo = client.post("/review", json={"decisions": [{"verdict": "confirm", "entity": old}]}, headers={"X-API-Key": api_key})
        assert undo.status_code == 200, undo.text
    assert client.get(f"/entities/{old}").json()["id"] == old
