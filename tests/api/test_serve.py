"""``unionkg serve`` as a user runs it: a real process, settings from the environment."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from core.settings import Settings
from graph.client import Graph
from graph.server import free_port

pytestmark = pytest.mark.neo4j
REPO = Path(__file__).resolve().parents[2]


def _environment(settings: Settings, port: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("UNIONKG_")}
    env.update(
        {
            "UNIONKG_NEO4J_PASSWORD": settings.neo4j_password.get_secret_value(),
            "UNIONKG_API_PORT": str(port),
            "UNIONKG_API_WORKERS": "2",
        }
    )
    env["UNIONKG_NEO4J_URI" if settings.neo4j_uri else "UNIONKG_BOLT_PORT"] = settings.neo4j_uri or str(settings.bolt_port)
    return env


def test_serve_with_two_workers_answers_and_caches(seeded_graph: Graph, neo4j_settings: Settings) -> None:
    seeded_graph.driver.execute_query("CALL db.awaitIndexes(60)")
    port = free_port()
    command = str(Path(sys.executable).parent / "unionkg")  # the console script, as installed
    proc = subprocess.Popen(
        [command, "serve"], cwd=REPO, env=_environment(neo4j_settings, port), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    try:
        deadline, ready = time.monotonic() + 60, False
        while time.monotonic() < deadline and not ready and proc.poll() is None:
            try:
                ready = httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=2).status_code == 200
            except httpx.HTTPError:
                time.sleep(0.3)
        if not ready:
            proc.terminate()
            pytest.fail(f"unionkg serve did not become ready:\n{proc.communicate(timeout=30)[0]}")
        with httpx.Client(base_url=f"http://127.0.0.1:{port}") as client:
            answers = [client.get("/search", params={"q": "梁溪"}) for _ in range(6)]
        assert all(a.status_code == 200 for a in answers)
        assert "无锡市梁溪区总工会" in [hit["name"] for hit in answers[0].json()["items"]]
        assert "hit" in {a.headers["x-cache"] for a in answers}  # each worker keeps its own
    finally:
        proc.terminate()
        output = proc.communicate(timeout=30)[0]
    assert "Started parent process" in output or "workers" in output.lower(), output
