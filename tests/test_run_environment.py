"""`make run` installs no test or development tools; `make test` does (pyproject groups, Makefile)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DEV_TOOLS = ("pytest", "mypy", "playwright", "jsonschema", "networkx", "pytest-timeout")  # setuptools: spaCy needs it at run time


def uv(*args: str) -> str:
    command = [shutil.which("uv")] if shutil.which("uv") else [sys.executable, "-m", "uv"]
    done = subprocess.run([*command, *args], cwd=REPO, capture_output=True, text=True, timeout=120)  # type: ignore[list-item]
    assert done.returncode == 0, done.stderr
    return done.stdout


def packages(*args: str) -> set[str]:
    text = uv("export", "--frozen", "--no-hashes", "--no-emit-project", "--no-header", *args)
    return {m.group(1).lower() for m in re.finditer(r"^([A-Za-z0-9_.-]+)==", text, re.M)}


def test_the_run_environment_has_no_dev_tools() -> None:
    run = packages("--no-dev")
    assert {"fastapi", "neo4j", "spacy", "rich"} <= run
    assert not run & set(DEV_TOOLS), run & set(DEV_TOOLS)
    assert {"mypy", "setuptools"} <= packages("--only-group", "build")
    assert set(DEV_TOOLS) <= packages()  # make test's environment (the dev group)


def test_make_run_syncs_without_the_dev_group() -> None:
    if shutil.which("make") is None:
        pytest.skip("no make on this machine")
    done = subprocess.run(["make", "-n", "run", "UV=uv"], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    lines = [line.strip() for line in done.stdout.splitlines()]
    syncs = [line for line in lines if line.startswith("uv sync")]
    runs = [line for line in lines if line.startswith("uv run")]
    assert syncs and all("--frozen" in s and "--no-dev" in s for s in syncs), syncs
    assert "--group" not in syncs[-1]  # the build tools leave again after the native build
    assert runs and all("--no-sync" in r for r in runs), runs  # a plain `uv run` would sync the dev group in
    native = lines.index("uv run --no-sync unionkg native build")
    assert "--group build" in max((i, s) for i, s in enumerate(lines) if s.startswith("uv sync") and i < native)[1]
