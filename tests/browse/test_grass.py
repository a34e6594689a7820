"""The Neo4j Browser style: every label and relationship type it styles is in the model and in the seeded graph."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

GRASS = Path(__file__).resolve().parents[2] / "browse" / "unionkg.grass"
_RULE = re.compile(r"^(node|relationship)(?:\.(\w+))?\s*\{(.*?)^\}", re.M | re.S)
_DECL = re.compile(r"([\w-]+)\s*:\s*(.+?)\s*;")


def rules() -> dict[tuple[str, str | None], dict[str, str]]:
    """``{(kind, name): {property: value}}`` for every rule of the style sheet."""
    text = re.sub(r"/\*.*?\*/", "", GRASS.read_text(encoding="utf-8"), flags=re.S)
    return {(kind, name or None): dict(_DECL.findall(body)) for kind, name, body in _RULE.findall(text)}


def styled(kind: str) -> set[str]:
    return {name for (k, name) in rules() if k == kind and name}


def test_grass_styles_exactly_the_model(model: tuple[frozenset[str], frozenset[str]]) -> None:
    labels, types = model
    assert styled("node") == labels
    assert styled("relationship") == types
    assert ("node", None) in rules() and ("relationship", None) in rules()


def test_grass_has_the_perspectives_colours_and_captions(perspective: dict[str, Any]) -> None:
    sheet = rules()
    for cat in perspective["categories"]:
        rule = sheet[("node", cat["labels"][0])]
        assert rule["color"].lower() == cat["color"].lower()
        assert rule["caption"] == f'"{{{cat["captionKeys"][0]}}}"'
    for rel in perspective["relationshipTypes"]:
        rule = sheet[("relationship", rel["name"])]
        assert rule["color"].lower() == rel["color"].lower()
        key = rel["captionKeys"][0]
        assert rule["caption"] == ('"<type>"' if key == "0_REL_TYPE_CAPTION_KEY" else f'"{{{key}}}"')
    assert sheet[("relationship", "LEADS")]["caption"] == '"{title}"'
    assert sheet[("relationship", "RECEIVED")]["caption"] == '"{year}"'


@pytest.mark.neo4j
def test_every_styled_name_exists_in_the_seeded_graph(vocab: Any, where_given: frozenset[str]) -> None:
    assert styled("node") - vocab.labels == set()
    assert styled("relationship") - vocab.types == set()
    captions = {v.strip('"{}') for rule in rules().values() for k, v in rule.items() if k == "caption"}
    assert {c for c in captions if c != "<type>"} - vocab.properties - where_given == set()
