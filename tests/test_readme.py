"""The README's configuration table lists every setting the code has."""

from __future__ import annotations

from pathlib import Path

from core.settings import Settings

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_every_setting_is_documented() -> None:
    missing = [name for name in Settings.model_fields if f"`UNIONKG_{name.upper()}`" not in README]
    assert missing == []


def test_every_setting_has_a_help_text() -> None:
    assert [n for n, f in Settings.model_fields.items() if not f.description] == []
