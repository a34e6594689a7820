"""Options shared by the commands that run the extractor."""

from __future__ import annotations

import os
from enum import Enum
from typing import Annotated

import typer


class NerMode(str, Enum):
    """How mentions are recognised (the setting ``UNIONKG_NER``)."""

    lac = "lac"
    rules = "rules"


NerOption = Annotated[
    NerMode | None,
    typer.Option(
        "--ner",
        help="Mention recognition: lac (the statistical model's persons and bodies under the rules; the default) "
        "or rules (the rules alone). Default: the UNIONKG_NER setting.",
    ),
]


def use_ner(mode: NerMode | None) -> None:
    """Make ``mode`` the setting of this process and of the workers it starts (unset: leave the setting)."""
    if mode is not None:
        os.environ["UNIONKG_NER"] = mode.value
