"""Fixtures of the browsing tests: the style files, the graph's vocabulary, the
real app served on a free port, and Chromium pages that fail the test on any
JavaScript or console error."""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import uvicorn

from api.app import create_app
from graph.client import Graph
from graph.server import free_port

REPO = Path(__file__).resolve().parents[2]
BROWSE = REPO / "browse"
ARTIFACTS = REPO / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

#: The model agreed in SCHEMA.md: one domain label a node, these relationship types.
MODEL_LABELS = frozenset({"Union", "Person", "Enterprise", "Organisation", "Programme", "Award", "Region", "Article"})
MODEL_TYPES = frozenset({"PART_OF", "LEADS", "HOSTED", "PARTNERED_WITH", "RECEIVED", "WORKS_AT", "LOCATED_IN", "MENTIONED_IN"})

#: Properties SCHEMA.md sets only "where given" by the text (a year, a date, an
#: agreement's title …): the seeds may state none, so the live graph may lack the key.
WHERE_GIVEN = frozenset({"role", "agreement", "year", "conferred_by", "date", "as_of"})


def load_make_styles() -> ModuleType:
    """``browse/make_styles.py`` as a module (browse/ is not a package)."""
    spec = importlib.util.spec_from_file_location("make_styles", BROWSE / "make_styles.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def make_styles() -> ModuleType:
    return load_make_styles()


@pytest.fixture(scope="session")
def perspective() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((BROWSE / "bloom" / "unionkg-perspective.json").read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="session")
def style() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((BROWSE / "style.json").read_text(encoding="utf-8"))
    return data


@dataclass(frozen=True)
class Vocabulary:
    """What the live graph holds: its labels, relationship types and property keys."""

    labels: frozenset[str]
    types: frozenset[str]
    properties: frozenset[str]


def vocabulary(graph: Graph) -> Vocabulary:
    """Read ``db.labels()``, ``db.relationshipTypes()`` and ``db.propertyKeys()``."""
    with graph.session() as session:
        labels = session.run("CALL db.labels() YIELD label RETURN collect(label) AS v").single(strict=True)["v"]
        types = session.run("CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType) AS v").single(strict=True)[
            "v"
        ]
        keys = session.run("CALL db.propertyKeys() YIELD propertyKey RETURN collect(propertyKey) AS v").single(strict=True)["v"]
    return Vocabulary(frozenset(labels), frozenset(types), frozenset(keys))


@pytest.fixture(scope="module")
def vocab(seeded_graph: Graph) -> Vocabulary:
    """The seeded graph's labels, relationship types and property keys."""
    return vocabulary(seeded_graph)


@pytest.fixture(scope="session")
def model() -> tuple[frozenset[str], frozenset[str]]:
    """The agreed labels and relationship types."""
    return MODEL_LABELS, MODEL_TYPES


@pytest.fixture(scope="session")
def where_given() -> frozenset[str]:
    """Model properties that a graph may lack when its texts never state them."""
    return WHERE_GIVEN


@pytest.fixture(scope="module")
def api_url(seeded_graph: Graph) -> Iterator[str]:
    """The real app (create_app with the seeded graph's settings) served by uvicorn on a free port."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(seeded_graph.settings), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def client(api_url: str) -> Iterator[httpx.Client]:
    """The same app over HTTP: what each view must show, and where the tests check what a page did."""
    with httpx.Client(base_url=api_url) as http:
        yield http


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's headless Chromium (`make browser-deps` installs it), with the explorer's assets in place."""
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.fail(f"no Chromium at {CHROMIUM}: run `make browser-deps`")
    if not (REPO / "api" / "static" / "vendor" / "cytoscape.min.js").exists():
        pytest.fail("api/static/vendor/cytoscape.min.js is missing: run `make explorer-assets`")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def open_page(api_url: str, browser: Any) -> Iterator[Callable[[str], Any]]:
    """Open the explorer at a path (``/#entity=…``) in a new page; every page opened
    this way fails the test at teardown if it logged a JavaScript or console error."""
    pages: list[tuple[Any, list[str]]] = []

    def open_(path: str) -> Any:
        page = browser.new_page(viewport={"width": 1500, "height": 900}, locale="zh-CN")
        page.set_default_timeout(20_000)
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(f"pageerror: {exc}"))
        page.on("console", lambda msg: errors.append(f"console.{msg.type}: {msg.text}") if msg.type == "error" else None)
        pages.append((page, errors))
        page.goto(api_url + path)
        page.wait_for_selector("body[data-ready=true]")
        return page

    yield open_
    for page, errors in pages:
        page.close()
        assert errors == [], f"errors in the page: {errors}"
