"""Named Cypher queries: one ``.cypher`` file each in ``cypher/``.

A file may open with ``// name:``, ``// mode: read|write`` and free comment
lines (its description). The loader finds each query's ``$parameters`` and
:meth:`QueryRegistry.check` refuses an unknown name, a missing parameter or an
unknown one, before anything reaches the database.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from core.errors import UnionKGError

CYPHER_DIR = Path(__file__).resolve().parent.parent / "cypher"

_STRING_OR_COMMENT = re.compile(r"'(?:\\.|[^'\\])*'|\"(?:\\.|[^\"\\])*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.S)
_PARAMETER = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
_HEADER = re.compile(r"^//\s*(name|mode):\s*(\S+)\s*$")


class QueryError(UnionKGError):
    """A named query was called wrongly (a programming error, not the user's)."""

    status, code = 500, "query_error"


@dataclass(frozen=True)
class NamedQuery:
    """One query file: its name, text, parameters and access mode."""

    name: str
    text: str
    parameters: frozenset[str]
    mode: Literal["read", "write"]
    description: str


def parameters_of(text: str) -> frozenset[str]:
    """The ``$parameters`` a Cypher text uses (strings and comments ignored)."""
    return frozenset(_PARAMETER.findall(_STRING_OR_COMMENT.sub(" ", text)))


def parse_query(path: Path) -> NamedQuery:
    """Read one ``.cypher`` file."""
    text = path.read_text(encoding="utf-8")
    meta: dict[str, str] = {}
    description: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped.startswith("//"):
            break
        match = _HEADER.match(stripped)
        if match:
            meta[match.group(1)] = match.group(2)
        else:
            description.append(stripped.lstrip("/ ").strip())
    mode = meta.get("mode", "read")
    if mode not in ("read", "write"):
        raise QueryError(f"{path.name}: mode must be read or write, not {mode!r}")
    name = meta.get("name", path.stem)
    if name != path.stem:
        raise QueryError(f"{path.name}: declares name {name!r}; the file must be named after its query")
    return NamedQuery(name, text, parameters_of(text), "write" if mode == "write" else "read", " ".join(description))


class QueryRegistry:
    """All named queries of a directory, loaded once."""

    def __init__(self, directory: Path = CYPHER_DIR) -> None:
        self.directory = directory
        self.queries = {q.name: q for q in map(parse_query, sorted(directory.glob("*.cypher")))}

    def __contains__(self, name: object) -> bool:
        return name in self.queries

    def get(self, name: str) -> NamedQuery:
        """The query called ``name``; QueryError when there is none."""
        try:
            return self.queries[name]
        except KeyError:
            raise QueryError(f"unknown query {name!r}", {"known": sorted(self.queries)}) from None

    def check(self, name: str, params: Mapping[str, Any]) -> NamedQuery:
        """The query, after checking that ``params`` are exactly its parameters."""
        query = self.get(name)
        missing = sorted(query.parameters - params.keys())
        unknown = sorted(params.keys() - query.parameters)
        if missing or unknown:
            parts = [f"missing {', '.join(missing)}" if missing else "", f"unknown {', '.join(unknown)}" if unknown else ""]
            raise QueryError(
                f"query {name!r}: " + "; ".join(p for p in parts if p),
                {"missing": missing, "unknown": unknown, "expected": sorted(query.parameters)},
            )
        return query


def schema_statements(directory: Path = CYPHER_DIR) -> list[str]:
    """The statements of ``cypher/schema/apply.cypher``, in order."""
    text = (directory / "schema" / "apply.cypher").read_text(encoding="utf-8")
    text = "\n".join(line for line in text.splitlines() if not line.strip().startswith("//"))
    return [s.strip() for s in text.split(";") if s.strip()]


@lru_cache(maxsize=1)
def default_registry() -> QueryRegistry:
    """The registry of the project's ``cypher/`` directory."""
    return QueryRegistry()
