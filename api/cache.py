"""A response cache for the read endpoints, emptied whenever the graph changes.

The graph only changes when something writes to Neo4j (``unionkg ingest``,
``POST /articles``), so the answers of the read endpoints can be kept and
served again until then. :class:`ResponseCache` is a pure ASGI middleware in
front of the routers: a hit is answered from memory without routing,
validation, the thread pool or a round trip to Neo4j.

Freshness: the cache remembers the graph's version, an opaque token that
changes with every committed write transaction on the database (the Bolt
bookmark of a read, see :meth:`graph.client.Graph.version`). It asks for the
version again at most every ``check_seconds`` and empties itself when the
token differs, when Neo4j cannot be reached (requests then go through and
answer 503), and at once after this process served a write (a ``POST`` other than
``/cypher``, which only reads). So an
ingest from another process shows within ``check_seconds``; one through this
API shows at once.

Only ``200`` answers to ``GET`` requests on the read endpoints are kept, in
an LRU holding at most ``max_bytes`` of bodies (the least recently used go
first; a body over a sixteenth of that is not kept).
Every answer it touches says ``X-Cache: hit`` or ``X-Cache: miss``.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import anyio
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from core.errors import UnionKGError

WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
READ_POSTS = ("/cypher",)  # POST endpoints that never write (read transactions only)
READ_PREFIXES = (
    "/search", "/entities/", "/unions/", "/organisations/", "/programmes", "/awards/", "/paths", "/articles/", "/evidence",
)


@dataclass
class _Entry:
    start: Message
    body: bytes


class ResponseCache:
    """LRU of GET answers keyed by path and query string, tied to the graph version."""

    def __init__(
        self, app: ASGIApp, *, version: Callable[[Scope], str], max_bytes: int = 64 << 20,
        check_seconds: float = 1.0, prefixes: tuple[str, ...] = READ_PREFIXES,
        read_posts: tuple[str, ...] = READ_POSTS,
    ) -> None:
        self.app, self.version, self.max_bytes = app, version, max_bytes
        self.check_seconds, self.max_body, self.prefixes = check_seconds, max_bytes // 16, prefixes
        self.read_posts = read_posts
        self.entries: OrderedDict[str, _Entry] = OrderedDict()
        self.bytes = 0
        self._version: str | None = None
        self._checked = float("-inf")
        self._generation = 0
        self._lock = anyio.Lock()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.max_bytes <= 0:
            await self.app(scope, receive, send)
        elif scope["method"] != "GET":
            writes = scope["method"] in WRITE_METHODS and scope["path"] not in self.read_posts
            await self.app(scope, receive, self._clear_after_write(send) if writes else send)
        elif not scope["path"].startswith(self.prefixes) or not await self._fresh(scope):
            await self.app(scope, receive, send)
        else:
            key = scope["path"] + "?" + scope["query_string"].decode("latin-1")
            entry = self.entries.get(key)
            if entry is None:
                await self.app(scope, receive, self._keep(key, send))
            else:
                self.entries.move_to_end(key)
                await send(_tagged(entry.start, b"hit"))
                await send({"type": "http.response.body", "body": entry.body})

    def clear(self) -> None:
        """Forget every answer."""
        self.entries.clear()
        self.bytes = 0
        self._generation += 1

    async def _fresh(self, scope: Scope) -> bool:
        """True when the graph's version is known and unchanged since the entries were kept."""
        if time.monotonic() - self._checked < self.check_seconds:
            return self._version is not None
        async with self._lock:
            if time.monotonic() - self._checked >= self.check_seconds:
                try:
                    version: str | None = await anyio.to_thread.run_sync(self.version, scope)
                except UnionKGError:  # Neo4j down: nothing is served from memory; the request answers 503
                    version = None
                if version is None or version != self._version:
                    self.clear()
                self._version, self._checked = version, time.monotonic()
        return self._version is not None

    def _keep(self, key: str, send: Send) -> Send:
        """``send`` that tags the answer as a miss and keeps it when it is a 200 of modest size."""
        generation = self._generation
        start: dict[str, Any] = {}
        chunks: list[bytes] = []
        size = 0

        async def keep(message: Message) -> None:
            nonlocal size
            if message["type"] == "http.response.start":
                start.update(message)
                message = _tagged(message, b"miss")
            elif message["type"] == "http.response.body" and start.get("status") == 200 and size <= self.max_body:
                chunk = message.get("body", b"")
                chunks.append(chunk)
                size += len(chunk)
                if not message.get("more_body") and size <= self.max_body and generation == self._generation:
                    self._store(key, _Entry(dict(start), b"".join(chunks)))
            await send(message)

        return keep

    def _store(self, key: str, entry: _Entry) -> None:
        """Keep ``entry``, dropping the least recently used ones beyond ``max_bytes``."""
        old = self.entries.pop(key, None)
        self.bytes += len(entry.body) - (len(old.body) if old else 0)
        self.entries[key] = entry
        while self.bytes > self.max_bytes:
            self.bytes -= len(self.entries.popitem(last=False)[1].body)

    def _clear_after_write(self, send: Send) -> Send:
        """``send`` that empties the cache once a write request succeeded."""
        async def after(message: Message) -> None:
            if message["type"] == "http.response.start" and 200 <= message["status"] < 300:
                self.clear()
            await send(message)

        return after


def _tagged(start: Message, value: bytes) -> Message:
    """The response-start message with an ``x-cache`` header."""
    headers = [(k, v) for k, v in start.get("headers", []) if k != b"x-cache"]
    return {**start, "headers": [*headers, (b"x-cache", value)]}
