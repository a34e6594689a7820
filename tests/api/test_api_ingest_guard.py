"""POST /articles: no silent replacement, the body limit before the key check, input hygiene."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn
from api_helpers import named_parameters
from fastapi.testclient import TestClient

from api.app import create_app
from core.settings import Settings
from graph.client import Graph
from graph.server import free_port

pytestmark = pytest.mark.neo4j

PAGE = "成都市武侯区总工会党组书记、常务副主席李明介绍,武侯区总工会今年启动“武侯工匠培育计划”。"
OTHER = "贵州省总工会主席王强介绍,贵州省总工会开展“黔匠培育行动”。"
LIMIT = 20_000


@pytest.fixture(scope="module")
def writer(graph: Graph, neo4j_settings: Settings) -> Iterator[TestClient]:
    with graph.driver.session(database=graph.settings.neo4j_database) as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
    assert neo4j_settings.api_key is not None
    settings = neo4j_settings.model_copy(update={"api_max_body_bytes": LIMIT})
    with TestClient(create_app(settings)) as client:
        client.headers["X-API-Key"] = neo4j_settings.api_key.get_secret_value()
        yield client


def _texts(client: TestClient, doc: str) -> list[str]:
    query = "MATCH (a:Article {doc: $doc}) RETURN a.text ORDER BY a.position"
    return [row[0] for row in client.post("/cypher", json={"query": query, "params": {"doc": doc}}).json()["rows"]]


def test_a_different_page_under_a_stored_doc_is_409_naming_it(writer: TestClient) -> None:
    first = writer.post("/articles", json={"text": PAGE, "doc": "page-a.txt"})
    assert first.status_code == 200, first.text
    again = writer.post("/articles", json={"text": PAGE, "doc": "page-a.txt"})
    assert again.status_code == 200 and not again.json()["changed"] and not again.json()["replaced"]
    response = writer.post("/articles", json={"text": OTHER, "doc": "page-a.txt"})
    assert response.status_code == 409, response.text
    error = response.json()["error"]
    assert error["code"] == "conflict" and "'page-a.txt'" in error["message"]
    assert error["details"]["doc"] == "page-a.txt" and error["details"]["page_hash"] == first.json()["page_hash"]
    assert error["details"]["articles"] == [a["id"] for a in first.json()["articles"]]
    assert named_parameters(response) == ["doc"]
    assert _texts(writer, "page-a.txt") == [PAGE]  # nothing was replaced


def test_replace_true_replaces(writer: TestClient) -> None:
    assert writer.post("/articles", json={"text": PAGE, "doc": "page-b.txt"}).status_code == 200
    response = writer.post("/articles", params={"replace": "true"}, json={"text": OTHER, "doc": "page-b.txt"})
    assert response.status_code == 200, response.text
    assert response.json()["replaced"] and _texts(writer, "page-b.txt") == [OTHER]


def test_if_match_with_the_stored_hash_replaces_and_a_stale_one_is_412(writer: TestClient) -> None:
    stored = writer.post("/articles", json={"text": PAGE, "doc": "page-c.txt"}).json()["page_hash"]
    stale = writer.post("/articles", json={"text": OTHER, "doc": "page-c.txt"}, headers={"If-Match": '"0123"'})
    assert stale.status_code == 412 and stale.json()["error"]["details"]["page_hash"] == stored
    assert named_parameters(stale) == ["If-Match"] and _texts(writer, "page-c.txt") == [PAGE]
    fresh = writer.post("/articles", json={"text": OTHER, "doc": "page-c.txt"}, headers={"If-Match": f'"{stored}"'})
    assert fresh.status_code == 200 and fresh.json()["replaced"] and _texts(writer, "page-c.txt") == [OTHER]


@pytest.mark.parametrize("key", ["wrong-key", None])
def test_a_body_over_the_limit_is_413_before_the_key_is_checked(writer: TestClient, key: str | None) -> None:
    headers = {"X-API-Key": key} if key else {}
    body = b'{"text": "' + "工".encode() * LIMIT + b'"}'
    response = writer.post("/articles", content=body, headers={**headers, "Content-Type": "application/json"})
    assert response.status_code == 413, response.text
    error = response.json()["error"]
    assert error["code"] == "payload_too_large" and f"{LIMIT:,}" in error["message"] and named_parameters(response) == ["body"]


def test_a_chunked_body_over_the_limit_is_413(writer: TestClient) -> None:
    chunks = (b'{"text": "' if i == 0 else "工".encode() * 1000 for i in range(100))
    response = writer.post("/articles", content=chunks, headers={"Content-Type": "application/json", "X-API-Key": "wrong"})
    assert response.status_code == 413, response.text


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("工会\x00主席", "NUL"),
        (" \u3000\n\t\u200b ", "only whitespace"),
        ("<script>alert(1)</script><style>p {}</style>", "only whitespace"),
    ],
)
def test_bad_text_is_422_naming_text(writer: TestClient, text: str, reason: str) -> None:
    response = writer.post("/articles", json={"text": text})
    assert response.status_code == 422, response.text
    assert named_parameters(response) == ["text"] and reason in response.json()["error"]["message"]


def test_control_characters_and_html_are_cleaned_before_storing(writer: TestClient) -> None:
    text = "<p>武侯区总工会\x01主席\x1b李明</p><script>alert('x')</script>介绍\x0c武侯区总工会开展活动。"
    response = writer.post("/articles", json={"text": text, "doc": "dirty.txt"})
    assert response.status_code == 200, response.text
    stored = "".join(_texts(writer, "dirty.txt"))
    assert "script" not in stored and "alert" not in stored and "<p>" not in stored
    assert not any(ch < " " and ch not in "\n\t" for ch in stored)
    assert "武侯区总工会主席李明" in stored


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        ('{"text": "工会主席"}'.encode("gbk"), "application/json"),
        (b'{"text": "x",, }', "application/json"),
        (b"[1, 2]", "application/json"),
        (b"", "application/json"),
        (b"null", "application/json"),
    ],
)
def test_bad_bodies_have_one_shape_naming_body(writer: TestClient, body: bytes, content_type: str) -> None:
    response = writer.post("/articles", content=body, headers={"Content-Type": content_type})
    assert response.status_code == 422, response.text
    error = response.json()["error"]
    assert error["code"] == "bad_parameter"
    assert named_parameters(response) == ["body"], error
    assert "''" not in error["message"] and not any(ch.isdigit() for ch in named_parameters(response)[0])


def _rss() -> int:
    """This process's resident memory in bytes (Linux)."""
    return int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _peak_rss_during(action: Callable[[], None]) -> int:
    """The highest resident memory seen while ``action`` runs, sampled every 5 ms."""
    peak, done = [_rss()], threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], _rss())
            time.sleep(0.005)

    sampler = threading.Thread(target=sample)
    sampler.start()
    try:
        action()
    finally:
        done.set()
        sampler.join()
    return peak[0]


def test_a_real_server_never_holds_an_oversize_body(neo4j_settings: Settings) -> None:
    """Over a real socket (uvicorn in this process): a 100 MB body, declared or chunked, is answered 413
    and memory does not grow by anything like its size (it did by more than 100 MB when the body was read)."""
    port = free_port()
    settings = neo4j_settings.model_copy(update={"api_max_body_bytes": LIMIT})
    server = uvicorn.Server(uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    statuses: list[int] = []

    def post(declared: bool) -> None:
        chunks = (b"x" * 65536 for _ in range(100 * 16))  # 100 MB, streamed: the client never holds it
        headers = {"Content-Type": "application/json", **({"Content-Length": str(100 * 2**20)} if declared else {})}
        try:
            response = httpx.post(f"http://127.0.0.1:{port}/articles", content=chunks, headers=headers, timeout=60)
            statuses.append(response.status_code)
            assert response.json()["error"]["code"] == "payload_too_large"
        except httpx.TransportError:
            statuses.append(413)  # the server closed the connection while the client was still sending

    try:
        while not server.started:
            time.sleep(0.05)
        for declared in (True, False):
            before = _rss()
            grown = _peak_rss_during(lambda: post(declared)) - before
            assert grown < 40 * 2**20, f"memory grew by {grown / 2**20:.0f} MB for a body over {LIMIT} bytes"
        assert statuses == [413, 413]
    finally:
        server.should_exit = True
        thread.join(timeout=10)
