"""docker-compose.yml stays valid (no Docker engine here: the client checks it)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent


def _compose_command() -> list[str] | None:
    if shutil.which("docker"):
        probe = subprocess.run(["docker", "compose", "version"], capture_output=True)
        if probe.returncode == 0:
            return ["docker", "compose"]
    return ["docker-compose"] if shutil.which("docker-compose") else None


def test_compose_file_is_valid_for_the_docker_client() -> None:
    command = _compose_command()
    if command is None:
        pytest.skip("no 'docker compose' or 'docker-compose' client on this machine")
    proc = subprocess.run([*command, "-f", str(REPO / "docker-compose.yml"), "config", "-q"], capture_output=True, text=True, cwd=REPO)
    assert proc.returncode == 0, proc.stderr


def test_compose_runs_neo4j_526_with_auth_and_the_api() -> None:
    spec = yaml.safe_load((REPO / "docker-compose.yml").read_text())
    neo4j = spec["services"]["neo4j"]
    assert neo4j["image"] == "neo4j:5.26-community"
    assert neo4j["environment"]["NEO4J_AUTH"].startswith("neo4j/${NEO4J_PASSWORD")
    assert "healthcheck" in neo4j and neo4j["volumes"]
    api = spec["services"]["api"]
    assert api["build"] == "." and (REPO / "Dockerfile").exists()
    assert api["environment"]["NEO4J_URI"] == "bolt://neo4j:7687"
    assert api["depends_on"]["neo4j"]["condition"] == "service_healthy"
