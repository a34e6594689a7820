"""Helpers shared by the extractor tests: one Extractor, and what it read out by name.

Importable from any test module (``from extract_helpers import …``): pyproject.toml puts
``tests/extract`` on pytest's ``pythonpath``.
"""

from __future__ import annotations

from functools import cache

from extract.models import DocResult
from extract.pipeline import Extractor

Rel = tuple[str, str, str, str | None]


@cache
def extractor() -> Extractor:
    """One Extractor with the default settings for the whole run (building one loads the pipeline)."""
    return Extractor()


def extract_page(text: str) -> DocResult:
    """Everything the Extractor reads from ``text`` as a page named ``t.txt``."""
    return extractor().extract("t.txt", text)


def names_by_id(result: DocResult) -> dict[str, str]:
    """Entity id → canonical name."""
    return {e.id: e.name for e in result.entities}


def aliases_by_name(result: DocResult) -> dict[str, list[str]]:
    """Canonical name → the entity's aliases."""
    return {e.name: e.aliases for e in result.entities}


def named_rels(result: DocResult) -> set[Rel]:
    """Each relation as (type, source name, target name, property): the one property its type
    carries (LEADS: title; HOSTED, WORKS_AT: role; PARTNERED_WITH: agreement), else None."""
    names = names_by_id(result)
    return {(r.type, names[r.source], names[r.target], r.title or r.role or r.agreement) for r in result.relations}


def named_triples(result: DocResult) -> set[tuple[str, str, str]]:
    """Each relation as (type, source name, target name)."""
    return {(kind, source, target) for kind, source, target, _ in named_rels(result)}
