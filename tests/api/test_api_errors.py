"""The one error shape, pinned, and hostile parameters."""

from __future__ import annotations

import pytest
from api_helpers import find_id, named_parameters
from fastapi.testclient import TestClient

from api.models import ErrorResponse

pytestmark = pytest.mark.neo4j


def test_error_shape_is_pinned(client: TestClient) -> None:
    response = client.get("/entities/union-does-not-exist")
    assert response.status_code == 404
    message = "no entity with id 'union-does-not-exist'"
    assert response.json() == {
        "error": {
            "code": "not_found",
            "message": message,
            "details": {"parameters": [{"parameter": "id", "in": "path", "message": message}]},
        }
    }


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "status", "names"),
    [
        ("get", "/search", {"params": {"q": "工会", "limit": 0}}, 422, ["limit"]),  # FastAPI's validation
        ("get", "/search", {"params": {"q": "!!"}}, 422, ["q"]),  # the router's own check
        ("get", "/programmes", {"params": {"region": "火星市"}}, 404, ["region"]),
        ("get", "/paths", {"params": {"from": "a", "to": "a"}}, 422, ["to"]),
        ("get", "/unions/x/leaders", {}, 404, ["id"]),
        ("post", "/cypher", {"json": {"query": "MATCH (n RETURN n"}}, 422, ["query"]),
        ("post", "/articles", {"json": {"text": "工会"}}, 401, ["X-API-Key"]),
        ("get", "/no/such/route", {}, 404, []),
    ],
)
def test_every_error_names_its_parameters_in_one_list(
    client: TestClient,
    method: str,
    path: str,
    kwargs: dict[str, object],
    status: int,
    names: list[str],
) -> None:
    """details is never `parameter` or `{parameter, region}`: parameters at fault are always `details.parameters[]`."""
    response = getattr(client, method)(path, **kwargs)
    assert response.status_code == status, response.text
    ErrorResponse.model_validate(response.json())
    details = response.json()["error"]["details"]
    assert "parameter" not in details and named_parameters(response) == names
    assert all(set(p) == {"parameter", "in", "message"} for p in details["parameters"])


@pytest.mark.parametrize(
    "path",
    [
        "/entities/x",
        "/entities/x/relationships",
        "/unions/x/hierarchy",
        "/unions/x/leaders",
        "/organisations/x/partners",
        "/programmes/x/related",
        "/awards/x/recipients",
        "/articles/x",
    ],
)
def test_unknown_ids_are_404(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert set(response.json()) == {"error"} and response.json()["error"]["code"] == "not_found"


def test_a_union_endpoint_refuses_a_person_id(client: TestClient) -> None:
    person = find_id(client, "王颍", "Person")
    assert client.get(f"/unions/{person}/leaders").status_code == 404


def test_unknown_route_has_the_same_shape(client: TestClient) -> None:
    response = client.get("/no/such/route")
    assert response.status_code == 404
    assert response.json()["error"] == {"code": "not_found", "message": "no route GET /no/such/route", "details": {"parameters": []}}


@pytest.mark.parametrize(
    ("path", "params", "parameter"),
    [
        ("/search", {"q": "工会", "label": "Planet"}, "label"),
        ("/search", {"q": "工会", "limit": 0}, "limit"),
        ("/search", {"q": "工会", "offset": -1}, "offset"),
        ("/search", {}, "q"),
        ("/paths", {"from": "a", "to": "b", "max_hops": 7}, "max_hops"),
        ("/paths", {"to": "b"}, "from"),
        ("/entities/x/relationships", {"type": "HATES"}, "type"),
        ("/entities/x/relationships", {"direction": "sideways"}, "direction"),
        ("/programmes/x/related", {"limit": 1000}, "limit"),
    ],
)
def test_bad_parameters_are_422_naming_them(client: TestClient, path: str, params: dict[str, object], parameter: str) -> None:
    response = client.get(path, params=params)
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "bad_parameter" and repr(parameter) in error["message"]
    assert [p["parameter"] for p in error["details"]["parameters"]] == [parameter]


def test_unknown_filters_are_404_naming_the_parameter(client: TestClient) -> None:
    for params, parameter in (({"host": "union-nope"}, "host"), ({"region": "火星市"}, "region")):
        response = client.get("/programmes", params=params)
        assert response.status_code == 404 and named_parameters(response) == [parameter]
    response = client.get("/paths", params={"from": find_id(client, "王颍", "Person"), "to": "person-nope"})
    assert response.status_code == 404 and named_parameters(response) == ["to"]


@pytest.mark.parametrize("injected", ["x' OR 1=1 //", 'x") OR true RETURN n //', "x}) MATCH (n) DETACH DELETE n //"])
def test_injection_in_ids_is_just_an_unknown_id(client: TestClient, injected: str) -> None:
    before = client.post("/cypher", json={"query": "MATCH (n) RETURN count(n) AS n"}).json()["rows"]
    for path in ("/entities/{}", "/unions/{}/hierarchy", "/programmes/{}/related"):
        response = client.get(path.format(injected))
        assert response.status_code == 404, path
    assert client.get("/programmes", params={"host": injected}).status_code == 404
    assert client.post("/cypher", json={"query": "MATCH (n) RETURN count(n) AS n"}).json()["rows"] == before


@pytest.mark.parametrize(
    "q", ['"', '梁溪"', "name:梁溪", "梁溪 AND", "(梁溪", "梁溪~", "*", "梁溪^2", "a\\b", "OR 梁溪 NOT", "/梁溪/", "[梁溪 TO 工会]"]
)
def test_lucene_syntax_in_q_never_breaks_search(client: TestClient, q: str) -> None:
    response = client.get("/search", params={"q": q})
    assert response.status_code in (200, 422), response.text
    if response.status_code == 422:
        assert named_parameters(response) == ["q"]
    elif "梁溪" in q:
        assert "无锡市梁溪区总工会" in [hit["name"] for hit in response.json()["items"]]
