"""Named Cypher queries: one ``.cypher`` file each in ``cypher/``.

A file may open with ``// name:``, ``// mode: read|write`` and free comment
lines (its description). The loader finds each query's ``$parameters`` and
:meth:`QueryRegistry.check` refuses an unknown name, a missing parameter or an
unknown one, before anything reaches the database.

Fragments: a block several queries share is written once, in
``cypher/fragments/NAME.cypher`` (``// fragment: NAME``, comment lines that
document it, then Cypher), and a query places it with a line
``// include: NAME``. The loader puts the fragment's Cypher (without its
comments) in place of that line, so what runs is one plain query per file and
the registry knows its parameters; an unknown fragment is refused at load.
The write queries share ``planned_once`` (``CYPHER replan=skip``);
``relationship_before``, ``evidence_fresh``, ``evidence_append`` and
``relationship_changes`` (a relationship's evidence lists and change
records); and ``entity_mentions`` (an entity row's MENTIONED_IN links and
change records).
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
_INCLUDE = re.compile(r"^\s*//\s*include:\s*(\S+)\s*$")


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


def load_fragments(directory: Path) -> dict[str, str]:
    """The Cypher of each ``fragments/*.cypher`` of a query directory (comment lines dropped), by name."""
    out: dict[str, str] = {}
    for path in sorted((directory / "fragments").glob("*.cypher")):
        lines = path.read_text(encoding="utf-8").splitlines()
        out[path.stem] = "".join(line + "\n" for line in lines if not line.strip().startswith("//"))
    return out


def expand(text: str, fragments: Mapping[str, str], where: str = "query") -> str:
    """``text`` with each ``// include: NAME`` line replaced by fragment NAME's Cypher."""
    out: list[str] = []
    for line in text.splitlines(keepends=True):
        match = _INCLUDE.match(line)
        if match is None:
            out.append(line)
        elif match.group(1) in fragments:
            out.append(fragments[match.group(1)])
        else:
            raise QueryError(f"{where}: includes unknown fragment {match.group(1)!r}", {"known": sorted(fragments)})
    return "".join(out)


def parse_query(path: Path, fragments: Mapping[str, str] | None = None) -> NamedQuery:
    """Read one ``.cypher`` file, its ``// include:`` lines expanded from ``fragments``."""
    raw = path.read_text(encoding="utf-8")
    text = expand(raw, fragments or {}, path.name)
    meta: dict[str, str] = {}
    description: list[str] = []
    for line in raw.splitlines():
        stripped = line.strip()
        if not stripped.startswith("//") or _INCLUDE.match(stripped):
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
        fragments = load_fragments(directory)
        self.queries = {q.name: q for q in (parse_query(p, fragments) for p in sorted(directory.glob("*.cypher")))}

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
