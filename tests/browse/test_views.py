"""The explorer's views, in headless Chromium, against the real app and the seeded graph.

Each view is opened for a seed entity (by clicking through the page, or by its
link ``/#entity=…&view=…``), shows what the API answers for it, and logs no
JavaScript or console error (``open_page`` fails the test otherwise).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

pytestmark = [pytest.mark.neo4j, pytest.mark.browser]

OpenPage = Callable[[str], Any]


def get(client: httpx.Client, path: str, **params: Any) -> Any:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def entity_id(client: httpx.Client, label: str, name: str) -> str:
    """The id of the seed entity with this label and name."""
    hits = get(client, "/search", q=name, label=label, limit=50)["items"]
    ids = [hit["id"] for hit in hits if hit["name"] == name]
    assert len(ids) == 1, f"expected one {label} named {name} in the seeds, found {ids}"
    return str(ids[0])


def open_view(open_page: OpenPage, id: str, view: str, **params: str) -> Any:
    """The explorer opened at an entity's view by its link; returns the page once the view is shown."""
    query = "&".join(f"{k}={v}" for k, v in {"entity": id, "view": view, **params}.items())
    page = open_page(f"/#{query}")
    page.wait_for_selector(f"body[data-view={view}]")
    return page


def texts(page: Any, selector: str) -> list[str]:
    return [t.strip() for t in page.locator(selector).all_inner_texts()]


def test_search_results_page_through_every_hit(open_page: OpenPage, client: httpx.Client) -> None:
    total = get(client, "/search", q="工会")["total"]
    assert total > 40, "the seeds should give 工会 more than two pages of hits"
    page = open_page("/")
    page.fill("#search-input", "工会")
    page.press("#search-input", "Enter")
    page.wait_for_selector("body[data-search='0']")
    assert f"共 {total} 条" in page.locator("#results-title").inner_text()
    assert page.locator("#results-pager .prev").is_disabled()

    seen: list[str] = []
    offset = 0
    while True:
        expected = [hit["id"] for hit in get(client, "/search", q="工会", offset=offset)["items"]]
        shown = page.locator("#results .results-list button.result").evaluate_all("(bs) => bs.map((b) => b.dataset.id)")
        assert shown == expected, f"page at offset {offset}"
        assert page.locator("#results-pager .range").inner_text() == f"第 {offset + 1}–{offset + len(shown)} 条，共 {total} 条"
        seen += shown
        nxt = page.locator("#results-pager .next")
        if nxt.is_disabled():
            break
        offset += 20
        nxt.click()
        page.wait_for_selector(f"body[data-search='{offset}']")
        assert f"offset={offset}" in page.url
    assert len(seen) == len(set(seen)) == total

    page.locator("#results-pager .prev").click()
    page.wait_for_selector(f"body[data-search='{offset - 20}']")
    page.reload()  # the hash keeps the page
    page.wait_for_selector(f"body[data-search='{offset - 20}']")


def test_hierarchy_shows_parents_and_children_as_a_tree(open_page: OpenPage, client: httpx.Client) -> None:
    province = entity_id(client, "Union", "贵州省总工会")
    answer = get(client, f"/unions/{province}/hierarchy")
    page = open_page("/")
    page.fill("#search-input", "贵州省总工会")
    page.press("#search-input", "Enter")
    page.get_by_role("button", name="贵州省总工会").first.click()
    page.locator("#entity-views button[data-view=hierarchy]").click()
    page.wait_for_selector("body[data-view=hierarchy]")

    # The top of the tree is the top of the chain; the union sits under its parents; children under it.
    assert [p["name"] for p in answer["parents"]] == ["中华全国总工会"]
    top = page.locator("#hierarchy-tree > li > .tree-node").inner_text()
    assert "中华全国总工会" in top
    assert page.locator("#hierarchy-tree > li > ul > li.current-branch .tree-node.current").inner_text().startswith("工会")
    assert "贵州省总工会" in page.locator(".tree-node.current").inner_text()
    children = texts(page, "#hierarchy-children > li .entity-link .name")
    assert children == [c["name"] for c in answer["children"]] and len(children) == answer["children_total"] == 11
    assert "直属下级 11 个" in page.locator("#view-hierarchy .view-total").inner_text()

    # A child opens with its own tree: the province is now its parent, the national federation above.
    page.locator("#hierarchy-children .entity-link", has_text="贵州省煤矿工会").click()
    page.wait_for_function("document.querySelector('#view-title .view-entity')?.textContent === '贵州省煤矿工会'")
    page.wait_for_selector("body[data-view=hierarchy]")
    chain = texts(page, "#hierarchy-tree .tree-node")
    assert len(chain) == 3, chain
    assert ["中华全国总工会" in chain[0], "贵州省总工会" in chain[1], "贵州省煤矿工会" in chain[2]] == [True] * 3
    assert "#entity=" in page.url and "view=hierarchy" in page.url


def test_leaders_show_office_date_and_evidence(open_page: OpenPage, client: httpx.Client) -> None:
    union = entity_id(client, "Union", "无锡市梁溪区总工会")
    answer = get(client, f"/unions/{union}/leaders")
    page = open_view(open_page, union, "leaders")
    rows = page.locator("#leaders-list > li")
    assert rows.count() == answer["total"] == len(answer["items"]) >= 1
    first = answer["items"][0]
    assert first["person"]["name"] == "王颍" and first["title"] == "党组书记、副主席"
    row = rows.first
    assert row.locator(".entity-link .name").inner_text() == "王颍"
    assert "职务：党组书记、副主席" in row.inner_text()
    assert "日期：" + (first["as_of"] or "原文未注明") in row.inner_text()
    row.locator("details.evidence-fold summary").click()
    assert texts(page, "#leaders-list > li:first-child blockquote") == [e["sentence"] for e in first["evidence"]]

    # The evidence's article opens with the sentence marked, and a way back to the view.
    row.locator("a.article-link").first.click()
    page.wait_for_selector("#article-text mark.evidence-focus")
    assert page.locator("#article-title").inner_text() == first["evidence"][0]["article_title"]
    page.locator("#back-to-view").click()
    page.wait_for_selector("#leaders-list")


def test_partners_show_the_agreement(open_page: OpenPage, client: httpx.Client) -> None:
    union = entity_id(client, "Union", "山东省青岛市李沧区虎山路街道总工会")
    answer = get(client, f"/organisations/{union}/partners")
    page = open_view(open_page, union, "partners")
    assert texts(page, "#partners-list > li .entity-link .name") == [i["partner"]["name"] for i in answer["items"]]
    assert len(answer["items"]) == 3
    assert "青岛乐星汽车电子有限公司工会" in texts(page, "#partners-list > li .entity-link .name")
    facts = texts(page, "#partners-list > li .facts")
    assert facts == [f"协议：{i['agreement'] or '未注明'}" for i in answer["items"]]
    assert all("结对共建协议" in f for f in facts)


def test_paths_between_two_bodies_are_listed_and_drawn(open_page: OpenPage, client: httpx.Client) -> None:
    person, far = entity_id(client, "Person", "夏同军"), entity_id(client, "Union", "盐城市亭湖区总工会")
    answer = get(client, "/paths", **{"from": person, "to": far, "max_hops": 6})
    assert answer["paths"], "the seeds link 夏同军 to 盐城市亭湖区总工会 within 6 hops"
    page = open_page(f"/#entity={person}")
    page.wait_for_selector("#entity-views button[data-view=paths]").click()
    page.wait_for_selector("body[data-view=paths]")

    # Choose the other end by searching; within 4 hops there is none.
    page.fill("#path-to", "亭湖区总工会")
    page.locator(f"#path-choices button[data-id='{far}']").click()
    page.wait_for_function("document.querySelector('#view-paths .view-total')?.textContent.includes('没有路径')")
    page.select_option("#path-hops", "6")
    page.wait_for_selector("#paths-list > li")
    page.wait_for_selector("body[data-view=paths]")

    shown = [texts(page, f"#paths-list > li:nth-child({i + 1}) .path-node .name") for i in range(len(answer["paths"]))]
    assert shown == [[n["name"] for n in p["nodes"]] for p in answer["paths"]]
    assert shown[0][0] == "夏同军" and shown[0][-1] == "盐城市亭湖区总工会"
    hops = texts(page, "#paths-list > li:first-child .hop")
    assert [h.split("（")[1].split("）")[0] for h in hops] == [h["type"] for h in answer["paths"][0]["hops"]]
    on_path = page.evaluate("window.unionkgExplorer.cy.edges('.on-path').length")
    assert on_path == len({(h["source"], h["type"], h["target"]) for p in answer["paths"] for h in p["hops"]})
    assert f"to={far}" in page.url and "hops=6" in page.url


def test_related_programmes_show_score_and_reasons(open_page: OpenPage, client: httpx.Client) -> None:
    programme = entity_id(client, "Programme", "网络正能量创意活动征集")
    answer = get(client, f"/programmes/{programme}/related")
    page = open_view(open_page, programme, "related")
    assert texts(page, "#related-list > li > .entity-link .name") == [i["name"] for i in answer["items"]]
    assert texts(page, "#related-list > li > .score") == [f"得分 {i['score']:g}" for i in answer["items"]]
    first = page.locator("#related-list > li").first
    reasons = first.locator(".reasons > li").evaluate_all("(ls) => ls.map((l) => l.dataset.reason)")
    assert reasons == [r["reason"] for r in answer["items"][0]["reasons"]]
    assert "共同参与方" in first.inner_text() and "河北省总工会" in first.inner_text()


def test_award_recipients_and_the_view_hook(open_page: OpenPage, client: httpx.Client) -> None:
    award = entity_id(client, "Award", "庆元工匠")
    answer = get(client, f"/awards/{award}/recipients")
    page = open_page("/")
    # A feature hangs a button on every view through onView (the export button will).
    page.evaluate("""() => window.unionkgExplorer.onView((view, bar) =>
        bar.append(Object.assign(document.createElement('button'), {className: 'probe', textContent: view.name})))""")
    page.evaluate(f"location.hash = 'entity={award}&view=recipients'")
    page.wait_for_selector("body[data-view=recipients]")
    names = texts(page, "#recipients-list > li > .entity-link .name")
    assert names == [i["recipient"]["name"] for i in answer["items"]]
    assert sorted(names) == sorted(["吴复勇", "周兆成", "蓝日山"])
    assert page.locator("#view-actions button.probe").inner_text() == "recipients"
    year = answer["items"][0]["year"]
    assert f"年份：{year if year is not None else '未注明'}" in page.locator("#recipients-list > li").first.inner_text()
