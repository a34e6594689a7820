"""The closed vocabulary of the graph (SCHEMA.md), defined once: labels and relationship types.

The ``Literal`` types are the definitions; the tuples and sets are derived
from them, so adding a label is one edit here.
"""

from __future__ import annotations

from typing import Literal, get_args

Label = Literal["Union", "Person", "Enterprise", "Organisation", "Programme", "Award"]
"""What the extractor reads from articles."""
BodyLabel = Literal["Union", "Enterprise", "Organisation"]
"""The labels of bodies: what can lead, host, partner, be part of or located in."""
RelType = Literal["PART_OF", "LEADS", "HOSTED", "PARTNERED_WITH", "RECEIVED", "WORKS_AT"]
"""What the extractor reads from articles."""
GraphLabel = Literal[Label, "Region"]
"""Every entity label in the graph: the extracted ones and the administrative regions."""
GraphRelType = Literal[RelType, "LOCATED_IN"]
"""Every relationship type in the graph: the extracted ones and a body's region."""

LABELS: tuple[Label, ...] = get_args(Label)
BODY_LABELS: frozenset[str] = frozenset(get_args(BodyLabel))
REL_TYPES: tuple[RelType, ...] = get_args(RelType)
GRAPH_LABELS: tuple[GraphLabel, ...] = (*LABELS, "Region")
GRAPH_REL_TYPES: tuple[GraphRelType, ...] = (*REL_TYPES, "LOCATED_IN")
