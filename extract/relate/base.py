"""The relation candidate type and helpers shared by the sentence relation rules."""

from __future__ import annotations

from dataclasses import dataclass, field

from extract.text.spans import Found

BODIES = frozenset({"Union", "Enterprise", "Organisation"})


@dataclass(frozen=True)
class Rel:
    """A relation candidate inside one sentence (ends are mention indexes)."""

    type: str
    source: int | None
    target: int | None
    props: dict[str, str] = field(default_factory=dict)


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
