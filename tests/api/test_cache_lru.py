"""ResponseCache on a small ASGI app: the byte budget and the version check (pure code, no Neo4j)."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.responses import PlainTextResponse
from starlette.testclient import TestClient
from starlette.types import Scope

from api.cache import ResponseCache
from core.errors import GraphUnavailable


class Versions:
    """A graph version that the test changes, or makes fail."""

    def __init__(self) -> None:
        self.value, self.down, self.asked = "v1", False, 0

    def __call__(self, scope: Scope) -> str:
        self.asked += 1
        if self.down:
            raise GraphUnavailable("down")
        return self.value


def _client(versions: Versions, max_bytes: int, check_seconds: float = 0.0) -> TestClient:
    app = FastAPI()

    @app.get("/search")
    def search(n: int) -> PlainTextResponse:
        return PlainTextResponse("x" * n)

    app.add_middleware(ResponseCache, version=versions, max_bytes=max_bytes, check_seconds=check_seconds)
    return TestClient(app)


def _state(client: TestClient, n: int) -> str | None:
    return client.get("/search", params={"n": n}).headers.get("x-cache")


def test_the_least_recently_used_go_first_beyond_the_byte_budget() -> None:
    client = _client(Versions(), max_bytes=1600)  # bodies up to 100 bytes are kept
    for n in (100, 99, 98):
        assert _state(client, n) == "miss"
    assert _state(client, 100) == "hit"  # 100 is now the most recently used
    for n in range(60, 90):  # 30 × ~75 bytes push the older ones out
        _state(client, n)
    assert _state(client, 100) == "miss" and _state(client, 99) == "miss"
    assert _state(client, 101) == "miss" and _state(client, 101) == "miss"  # over a sixteenth: never kept


def test_a_new_version_or_an_outage_empties_it() -> None:
    versions = Versions()
    client = _client(versions, max_bytes=1 << 20)
    assert [_state(client, 5) for _ in range(2)] == ["miss", "hit"]
    versions.value = "v2"
    assert [_state(client, 5) for _ in range(2)] == ["miss", "hit"]
    versions.down = True  # the cache steps aside: the request goes through (and would answer 503)
    assert [_state(client, 5) for _ in range(2)] == [None, None]
    versions.down = False
    assert [_state(client, 5) for _ in range(2)] == ["miss", "hit"]


def test_the_version_is_asked_at_most_once_per_interval() -> None:
    versions = Versions()
    client = _client(versions, max_bytes=1 << 20, check_seconds=3600)
    for _ in range(20):
        _state(client, 5)
    assert versions.asked == 1
