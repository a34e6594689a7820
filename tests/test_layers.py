"""Every import points down the layers: core ← extract ← graph ← ingest ← api ← unionkg (the command line).

A module may import its own layer and the layers below it, never one above
(imports inside functions count too).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
LAYERS = ("core", "extract", "graph", "ingest", "api", "unionkg")
RANK = {name: rank for rank, name in enumerate(LAYERS)}


def imported_packages(path: Path) -> list[tuple[int, str]]:
    """(line, top-level package) of every absolute import in a module."""
    out: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            out += [(node.lineno, alias.name.split(".")[0]) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            out.append((node.lineno, node.module.split(".")[0]))
    return out


def upward_imports(root: Path = REPO) -> list[str]:
    """``file:line: layer imports higher`` for each import that runs back up a layer."""
    found: list[str] = []
    for layer in LAYERS:
        for path in sorted((root / layer).rglob("*.py")):
            for line, package in imported_packages(path):
                if package in RANK and RANK[package] > RANK[layer]:
                    found.append(f"{path.relative_to(root)}:{line}: {layer} imports {package}")
    return found


def test_no_import_runs_back_up_a_layer() -> None:
    assert upward_imports() == []


def test_the_check_sees_an_upward_import(tmp_path: Path) -> None:
    for layer in LAYERS:
        (tmp_path / layer).mkdir()
    (tmp_path / "graph" / "bad.py").write_text("def f() -> None:\n    from ingest.run import ingest_paths\n", encoding="utf-8")
    (tmp_path / "extract" / "worse.py").write_text("import api.app\nfrom core import settings\n", encoding="utf-8")
    assert upward_imports(tmp_path) == ["extract/worse.py:1: extract imports api", "graph/bad.py:2: graph imports ingest"]


@pytest.mark.parametrize("layer", LAYERS)
def test_each_layer_is_a_package(layer: str) -> None:
    assert (REPO / layer / "__init__.py").is_file()
