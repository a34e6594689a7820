"""Fixtures of the browsing tests: the style files, the graph's vocabulary."""

from __future__ import annotations

import importlib.util
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from graph.client import Graph

REPO = Path(__file__).resolve().parents[2]
BROWSE = REPO / "browse"

#: The model agreed in SCHEMA.md: one domain label a node, these relationship types.
MODEL_LABELS = frozenset({"Union", "Person", "Enterprise", "Organisation", "Programme", "Award", "Region", "Article"})
MODEL_TYPES = frozenset(
    {"PART_OF", "LEADS", "HOSTED", "PARTNERED_WITH", "RECEIVED", "WORKS_AT", "LOCATED_IN", "MENTIONED_IN"}
)

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
        types = session.run(
            "CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType) AS v"
        ).single(strict=True)["v"]
        keys = session.run("CALL db.propertyKeys() YIELD propertyKey RETURN collect(propertyKey) AS v").single(
            strict=True
        )["v"]
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
