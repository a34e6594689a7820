"""POST /cypher: only plain reads run; timeouts and the row cap apply."""

from __future__ import annotations

import pytest
from api_helpers import named_parameters
from fastapi.testclient import TestClient

from api.app import create_app
from core.settings import Settings

pytestmark = pytest.mark.neo4j

REFUSED = [
    "CREATE (n:Hack {id: 'h'}) RETURN n",
    "MERGE (n:Hack {id: 'h'})",
    "MATCH (u:Union) SET u.name = 'hacked'",
    "MATCH (u:Union) REMOVE u.name",
    "MATCH (a:Article) DELETE a",
    "MATCH (n) DETACH DELETE n",
    "MATCH (u:Union) FOREACH (x IN [1] | SET u.hacked = true)",
    "CREATE INDEX hack IF NOT EXISTS FOR (n:Union) ON (n.level)",
    "DROP CONSTRAINT union_id",
    "CREATE CONSTRAINT hack IF NOT EXISTS FOR (n:Hack) REQUIRE n.id IS UNIQUE",
    "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
    "CALL db.createLabel('X')",
    "CALL db.createProperty('x')",
    "CALL db.clearQueryCaches()",
    "CALL dbms.listConfig()",
    "SHOW USERS",
    "CREATE USER hacker SET PASSWORD 'hacker-password'",
    "SHOW TRANSACTIONS",
    "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
    "RETURN 1 AS x UNION MATCH (u:Union) SET u.hacked = 1 RETURN 2 AS x",
    "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS RETURN 1",
]


def _count(client: TestClient) -> object:
    return client.post("/cypher", json={"query": "MATCH (n) RETURN count(n) AS n, count{ ()-->() } AS r"}).json()["rows"]


@pytest.mark.parametrize("query", REFUSED)
def test_anything_but_a_plain_read_is_refused(client: TestClient, query: str) -> None:
    before = _count(client)
    response = client.post("/cypher", json={"query": query})
    assert response.status_code == 403, response.text
    error = response.json()["error"]
    assert error["code"] == "forbidden" and "not allowed" in error["message"] or "only read-only" in error["message"]
    assert _count(client) == before


def test_a_read_runs_with_parameters(client: TestClient) -> None:
    response = client.post(
        "/cypher",
        json={
            "query": "MATCH (p:Person)-[r:LEADS]->(u:Union {name: $union}) RETURN p.name AS person, r.title AS title, u",
            "params": {"union": "无锡市梁溪区总工会"},
        },
    )
    body = response.json()
    assert response.status_code == 200 and body["columns"] == ["person", "title", "u"] and not body["truncated"]
    assert ["王颍", "党组书记、副主席"] == body["rows"][0][:2]
    assert body["rows"][0][2]["labels"] == ["Union"] and body["rows"][0][2]["properties"]["name"] == "无锡市梁溪区总工会"


def test_read_procedures_on_the_allow_list_run(client: TestClient) -> None:
    response = client.post("/cypher", json={"query": "CALL db.labels() YIELD label RETURN label ORDER BY label"})
    assert response.status_code == 200 and ["Union"] in response.json()["rows"]


def test_the_row_cap_truncates(client: TestClient, neo4j_settings: Settings) -> None:
    capped = neo4j_settings.model_copy(update={"row_cap": 5})
    with TestClient(create_app(capped)) as small:
        body = small.post("/cypher", json={"query": "UNWIND range(1, 100) AS i RETURN i"}).json()
    assert body["rows"] == [[i] for i in range(1, 6)] and body["truncated"] and body["row_cap"] == 5


def test_a_query_past_the_timeout_is_504(neo4j_settings: Settings) -> None:
    hasty = neo4j_settings.model_copy(update={"query_timeout": 0.5})
    with TestClient(create_app(hasty)) as client:
        response = client.post(
            "/cypher", json={"query": "UNWIND range(1, 1000000000) AS i WITH i WHERE i % 1000003 = -1 RETURN count(i) AS n"}
        )
    assert response.status_code == 504, response.text
    assert response.json()["error"]["code"] == "query_timeout"


@pytest.mark.parametrize("query", ["MATCH (n RETURN n", "RETURN $missing", "RETURN 1; RETURN 2", "CALL no.such.procedure()"])
def test_a_query_neo4j_rejects_is_422_naming_query(client: TestClient, query: str) -> None:
    response = client.post("/cypher", json={"query": query})
    assert response.status_code == 422, response.text
    assert named_parameters(response) == ["query"]


def test_an_empty_body_is_422(client: TestClient) -> None:
    response = client.post("/cypher", json={})
    assert response.status_code == 422 and response.json()["error"]["details"]["parameters"][0]["parameter"] == "query"
