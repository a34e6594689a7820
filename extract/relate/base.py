"""The relation candidate type and helpers shared by the sentence relation rules."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TypedDict

from core.vocab import BODY_LABELS, RelType
from extract.text.spans import Found

BODIES = BODY_LABELS


class RelProps(TypedDict, total=False):
    """The properties a sentence gives a relation (every key optional)."""

    title: str
    """LEADS: the office held."""
    role: str
    """WORKS_AT: the job; HOSTED: host, co-host or undertaker."""
    agreement: str
    """PARTNERED_WITH: the agreement signed."""
    year: str
    """RECEIVED: the year of the honour."""
    conferred_by: int
    """RECEIVED: the index of the mention of the body that conferred it."""


@dataclass(frozen=True)
class Rel:
    """A relation candidate inside one sentence (ends are mention indexes)."""

    type: RelType
    source: int | None
    target: int | None
    props: RelProps = field(default_factory=RelProps)


def outer_bodies(ms: list[Found]) -> list[int]:
    """Indexes of body mentions not nested inside a longer body mention (某公司 inside 某公司工会)."""
    bodies = [i for i, m in enumerate(ms) if m.label in BODIES]
    return [
        i
        for i in bodies
        if not any(
            j != i and ms[j].start <= ms[i].start and ms[i].end <= ms[j].end and ms[j].end - ms[j].start > ms[i].end - ms[i].start
            for j in bodies
        )
    ]
