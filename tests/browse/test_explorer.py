"""The built-in explorer, in headless Chromium, against the real app and the seeded graph.

Search 梁溪, open 无锡市梁溪区总工会, expand a neighbour by clicking it in the
graph, keep only LEADS with the filters, click the LEADS edge from 王颍 and
see its evidence sentence, then open the article with the mentions marked.
Screenshots go to ``test-artifacts/`` (gitignored).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from graph.client import Graph

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
UNION, LEADER = "无锡市梁溪区总工会", "王颍"
OTHER_TYPES = ["PART_OF", "HOSTED", "PARTNERED_WITH", "RECEIVED", "WORKS_AT", "LOCATED_IN", "MENTIONED_IN"]

pytestmark = pytest.mark.neo4j

# A point on the LEADS edge from the leader to the union that no node covers, in page pixels
# relative to the graph's container (the edge is a straight line: one edge between the two).
FREE_POINT_ON_EDGE = """([leader, union]) => {
  const cy = window.unionkgExplorer.cy;
  const edge = cy.edges('[type = "LEADS"]').filter(
    (e) => e.source().data('name') === leader && e.target().data('name') === union)[0];
  if (!edge || !edge.visible()) return null;
  const s = edge.source().position(), t = edge.target().position(), nodes = cy.nodes(':visible');
  for (const f of [0.5, 0.55, 0.45, 0.6, 0.4, 0.65, 0.35, 0.7, 0.3, 0.75, 0.25, 0.8, 0.2, 0.85, 0.15]) {
    const p = { x: s.x + f * (t.x - s.x), y: s.y + f * (t.y - s.y) };
    const free = nodes.every((n) => {
      const b = n.boundingBox({ includeLabels: false });
      return p.x < b.x1 - 4 || p.x > b.x2 + 4 || p.y < b.y1 - 4 || p.y > b.y2 + 4;
    });
    if (free) return { x: p.x * cy.zoom() + cy.pan().x, y: p.y * cy.zoom() + cy.pan().y };
  }
  return null;
}"""

NODE_POINT = """(name) => {
  const cy = window.unionkgExplorer.cy;
  const node = cy.nodes().filter((n) => n.data('name') === name)[0];
  return node ? node.renderedPosition() : null;
}"""


@pytest.fixture
def page(open_page: Callable[[str], Any]) -> Any:
    """The explorer, opened at its start page."""
    return open_page("/")


def test_the_page_and_its_files_are_served(api_url: str) -> None:
    with httpx.Client(base_url=api_url) as client:
        home = client.get("/")
        assert home.status_code == 200 and home.headers["content-type"].startswith("text/html")
        assert "/static/app.js" in home.text
        for path in ("/static/app.js", "/static/app.css", "/static/style.json", "/static/vendor/cytoscape.min.js"):
            assert client.get(path).status_code == 200, path
        for path in ("/static/nothing.js", "/static/../routers/explorer.py", "/static/%2e%2e/app.py"):
            missing = client.get(path)
            assert missing.status_code == 404, path
            assert missing.json()["error"]["code"] == "not_found"


def leads_evidence(graph: Graph) -> list[str]:
    """The evidence sentences of 王颍's LEADS to 无锡市梁溪区总工会, as stored."""

    def work(tx: Any) -> list[str]:
        record = tx.run(
            "MATCH (:Person {name: $leader})-[r:LEADS]->(:Union {name: $union}) RETURN r.evidence_sentences AS s",
            leader=LEADER,
            union=UNION,
        ).single()
        return list(record["s"]) if record else []

    return graph.execute(work)


def click_in_graph(page: Any, point: dict[str, float]) -> None:
    box = page.locator("#graph").bounding_box()
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])


@pytest.mark.browser
def test_search_open_expand_and_read_the_evidence(page: Any, seeded_graph: Graph) -> None:
    sentences = leads_evidence(seeded_graph)
    assert sentences, f"the seeded graph has no LEADS from {LEADER} to {UNION}"

    page.fill("#search-input", "梁溪")
    page.press("#search-input", "Enter")
    page.get_by_role("button", name=UNION).click()
    page.wait_for_function(f"document.querySelector('#entity-name .entity-title')?.textContent === '{UNION}'")
    page.wait_for_selector(f"#entity .rel-list button:has-text('{LEADER}')")
    count = page.evaluate("window.unionkgExplorer.cy.nodes().length")
    assert count > 5, "the union's neighbours should be in the graph"

    # Click a neighbour in the graph: it opens and its own neighbours are added.
    page.wait_for_selector("body[data-layout=done]")
    click_in_graph(page, page.evaluate(NODE_POINT, "梁溪区"))
    page.wait_for_function("document.querySelector('#entity-name .entity-title').textContent === '梁溪区'")
    assert page.evaluate("window.unionkgExplorer.cy.nodes().length") > count

    # Keep only LEADS, then click the edge from the leader.
    for rel in OTHER_TYPES:
        page.locator(f"#rel-filters label[data-filter={rel}] input").uncheck()
    assert page.evaluate("window.unionkgExplorer.cy.edges('.filtered').length") > 0
    point = page.evaluate(FREE_POINT_ON_EDGE, [LEADER, UNION])
    assert point, "the LEADS edge is not visible, or every point of it is under a node"
    click_in_graph(page, point)
    title = page.wait_for_selector(f"#edge-title:has-text('{LEADER}')")
    assert UNION in title.inner_text() and "LEADS" in title.inner_text()
    shown = page.locator("#evidence-list blockquote").all_inner_texts()
    assert shown == sentences
    assert any(LEADER in s for s in shown)

    for rel in OTHER_TYPES:
        page.locator(f"#rel-filters label[data-filter={rel}] input").check()
    page.wait_for_selector("#evidence-list a.article-link[data-titled]")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "explorer.png"))

    # The article the evidence came from, with its mentions marked.
    page.locator("#evidence-list a.article-link").first.click()
    page.wait_for_selector("#article-text mark.mention")
    marks = page.locator("#article-text mark.mention").all_inner_texts()
    assert LEADER in marks and any(UNION in m or "梁溪区总工会" in m for m in marks)
    focus = page.locator("#article-text mark.evidence-focus").inner_text()
    assert focus.replace("\n", "") == sentences[0].replace("\n", "")
    page.screenshot(path=str(ARTIFACTS / "explorer-article.png"))
