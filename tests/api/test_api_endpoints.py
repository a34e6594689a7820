"""Every read endpoint against the real app, with the seeds ingested."""

from __future__ import annotations

import pytest
from api_helpers import find_id
from fastapi.testclient import TestClient

pytestmark = pytest.mark.neo4j


def test_healthz_and_readyz(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").json() == {"status": "ready"}


def test_search_finds_a_chinese_substring_ranked(client: TestClient) -> None:
    body = client.get("/search", params={"q": "梁溪", "label": "Union"}).json()
    assert "无锡市梁溪区总工会" in [hit["name"] for hit in body["items"]]
    assert body["total"] >= 1 and all(hit["label"] == "Union" for hit in body["items"])
    assert all(hit["match"] == "substring" for hit in body["items"])
    scores = [hit["score"] for hit in body["items"]]
    assert scores == sorted(scores, reverse=True)


def test_search_puts_exact_names_first_then_substrings(client: TestClient) -> None:
    exact = client.get("/search", params={"q": "无锡市梁溪区总工会"}).json()["items"][0]
    assert (exact["name"], exact["match"]) == ("无锡市梁溪区总工会", "exact")
    items = client.get("/search", params={"q": "梁溪区总工会", "limit": 50}).json()["items"]
    assert (items[0]["name"], items[0]["match"]) == ("无锡市梁溪区总工会", "substring")
    order = {"exact": 0, "substring": 1, "terms": 2}
    assert [order[h["match"]] for h in items] == sorted(order[h["match"]] for h in items)
    assert items[-1]["match"] == "terms"  # names sharing only some character pairs come last


def test_search_pages_with_total(client: TestClient) -> None:
    first = client.get("/search", params={"q": "总工会", "limit": 2}).json()
    second = client.get("/search", params={"q": "总工会", "limit": 2, "offset": 2}).json()
    assert first["total"] == second["total"] > 4
    assert len(first["items"]) == 2 and {h["id"] for h in first["items"]}.isdisjoint(h["id"] for h in second["items"])


def test_entity_has_properties_counts_and_articles(client: TestClient) -> None:
    union = find_id(client, "无锡市梁溪区总工会", "Union")
    body = client.get(f"/entities/{union}").json()
    assert body["label"] == "Union" and body["name"] == "无锡市梁溪区总工会"
    assert body["properties"]["level"] == "county"
    counts = {c["type"]: c for c in body["relationship_counts"]}
    assert counts["LEADS"]["incoming"] >= 1 and counts["HOSTED"]["outgoing"] >= 5
    assert any("梁溪产改" in (a["title"] or "") for a in body["articles"])


def test_relationships_page_with_evidence(client: TestClient) -> None:
    acftu = find_id(client, "中华全国总工会", "Union")
    first = client.get(f"/entities/{acftu}/relationships", params={"limit": 2}).json()
    assert first["total"] > 2 and len(first["items"]) == 2
    rest = client.get(f"/entities/{acftu}/relationships", params={"limit": 100, "offset": 2}).json()
    assert len(rest["items"]) == first["total"] - 2
    incoming = client.get(f"/entities/{acftu}/relationships", params={"type": "PART_OF", "direction": "in"}).json()
    names = {item["neighbour"]["name"] for item in incoming["items"]}
    assert {"山东省总工会", "贵州省总工会"} <= names
    assert all(item["direction"] == "in" for item in incoming["items"])
    union = find_id(client, "无锡市梁溪区总工会", "Union")
    hosted = client.get(f"/entities/{union}/relationships", params={"type": "HOSTED", "direction": "out"}).json()
    assert hosted["total"] >= 5 and all(item["type"] == "HOSTED" and item["direction"] == "out" for item in hosted["items"])
    assert all(item["evidence"] and item["evidence"][0]["sentence"] for item in hosted["items"])


def test_union_hierarchy_up_to_the_top(client: TestClient) -> None:
    weihai = find_id(client, "山东省威海市总工会", "Union")
    body = client.get(f"/unions/{weihai}/hierarchy").json()
    assert [p["name"] for p in body["parents"]] == ["山东省总工会", "中华全国总工会"]
    shandong = body["parents"][0]["id"]
    children = client.get(f"/unions/{shandong}/hierarchy").json()
    assert "山东省威海市总工会" in [c["name"] for c in children["children"]]


def test_union_leaders_with_titles(client: TestClient) -> None:
    union = find_id(client, "无锡市梁溪区总工会", "Union")
    body = client.get(f"/unions/{union}/leaders").json()
    leader = next(item for item in body["items"] if item["person"]["name"] == "王颍")
    assert leader["title"] == "党组书记、副主席" and "as_of" in leader
    evidence = leader["evidence"][0]
    assert "王颍" in evidence["sentence"]
    article = client.get(f"/articles/{evidence['article_id']}").json()
    assert evidence["article_title"] == article["title"] and evidence["article_title"]
    assert evidence["article_date"] == article["date"]


def test_partners_from_either_end_with_agreement(client: TestClient) -> None:
    for name, other in (("衢州市龙游县总工会", "宁波市镇海区总工会"), ("宁波市镇海区总工会", "衢州市龙游县总工会")):
        body = client.get(f"/organisations/{find_id(client, name, 'Union')}/partners").json()
        partner = next(item for item in body["items"] if item["partner"]["name"] == other)
        assert partner["agreement"] == "战略合作框架协议书" and partner["evidence"]
        assert all(ev["article_title"] for ev in partner["evidence"])


def test_programmes_by_host_and_region(client: TestClient) -> None:
    union = find_id(client, "无锡市梁溪区总工会", "Union")
    by_host = client.get("/programmes", params={"host": union, "limit": 100}).json()
    names = {item["name"] for item in by_host["items"]}
    assert "梁溪英才计划" in names and by_host["total"] == len(by_host["items"])
    by_city = client.get("/programmes", params={"region": "无锡市", "limit": 200}).json()
    assert names <= {item["name"] for item in by_city["items"]}, "a city's programmes include its districts'"
    by_district = client.get("/programmes", params={"region": "梁溪区", "limit": 200}).json()
    assert "梁溪英才计划" in {item["name"] for item in by_district["items"]} and by_district["total"] < by_city["total"]


def test_related_programmes_scored_with_reasons(client: TestClient) -> None:
    union = find_id(client, "无锡市梁溪区总工会", "Union")
    siblings = client.get("/programmes", params={"host": union, "limit": 100}).json()["items"]
    programme = find_id(client, "梁溪英才计划", "Programme")
    body = client.get(f"/programmes/{programme}/related", params={"limit": 5}).json()
    assert body["name"] == "梁溪英才计划" and len(body["items"]) == 5
    top = body["items"][0]
    assert top["id"] in {p["id"] for p in siblings}, "the best match shares the host"
    by_host = [r for r in top["reasons"] if r["reason"] in ("same_host", "shared_participant")]
    assert any(v["name"] == "无锡市梁溪区总工会" for r in by_host for v in r["via"])
    for item in body["items"]:
        assert item["score"] == sum(r["weight"] * min(r["count"], 3) for r in item["reasons"])
    scores = [item["score"] for item in body["items"]]
    assert scores == sorted(scores, reverse=True) and programme not in [i["id"] for i in body["items"]]


def test_award_recipients_with_conferring_body(client: TestClient) -> None:
    award = find_id(client, "全国模范职工之家", "Award")
    body = client.get(f"/awards/{award}/recipients").json()
    recipient = next(item for item in body["items"] if item["recipient"]["name"].startswith("邮储银行浙江省分行"))
    assert recipient["conferred_by"]["name"] == "中华全国总工会"
    craftsmen = client.get(f"/awards/{find_id(client, '庆元工匠', 'Award')}/recipients").json()
    assert {"吴复勇", "蓝日山", "周兆成"} <= {item["recipient"]["name"] for item in craftsmen["items"]}


def test_paths_with_evidence_of_each_hop(client: TestClient) -> None:
    person = find_id(client, "王颍", "Person")
    programme = find_id(client, "梁溪英才计划", "Programme")
    body = client.get("/paths", params={"from": person, "to": programme, "max_hops": 3}).json()
    path = body["paths"][0]
    assert path["length"] == 2 and [n["name"] for n in path["nodes"]] == ["王颍", "无锡市梁溪区总工会", "梁溪英才计划"]
    assert [h["type"] for h in path["hops"]] == ["LEADS", "HOSTED"] and all(h["evidence"] for h in path["hops"])
    assert client.get("/paths", params={"from": person, "to": programme, "max_hops": 1}).json()["paths"] == []


def test_article_text_entities_and_relationships(client: TestClient) -> None:
    union = find_id(client, "无锡市梁溪区总工会", "Union")
    article_id = client.get(f"/entities/{union}").json()["articles"][0]["id"]
    body = client.get(f"/articles/{article_id}").json()
    assert "梁溪" in body["text"] and body["doc"].startswith("000_")
    assert "无锡市梁溪区总工会" in {e["name"] for e in body["entities"]}
    leads = [r for r in body["relationships"] if r["type"] == "LEADS" and r["source"]["name"] == "王颍"]
    assert leads and all(e["article_id"] == article_id for e in leads[0]["evidence"])


def test_openapi_documents_every_endpoint_with_examples(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in (
        "/search",
        "/entities/{id}",
        "/entities/{id}/relationships",
        "/unions/{id}/hierarchy",
        "/unions/{id}/leaders",
        "/organisations/{id}/partners",
        "/programmes",
        "/programmes/{id}/related",
        "/awards/{id}/recipients",
        "/paths",
        "/articles/{id}",
        "/articles",
        "/cypher",
        "/healthz",
        "/readyz",
    ):
        assert path in spec["paths"], path
    assert spec["components"]["schemas"]["Related"]["examples"]
    assert client.get("/docs").status_code == 200
