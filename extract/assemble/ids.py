"""Deterministic ids.

An entity id is derived from its label and canonical name only, so the same
body gets the same id in every run and every file. Persons are treated the
same way (``person-`` + hash of the name): two people who share a name share
an id here, and the graph writer decides whether mentions in different
articles are one person (it sees the article and the bodies each is tied to).
"""

from __future__ import annotations

import hashlib


def entity_id(label: str, name: str) -> str:
    """``<label>-<first 16 hex of sha1(name)>``, e.g. ``union-1f0c…``."""
    return f"{label.lower()}-{hashlib.sha1(name.encode('utf-8')).hexdigest()[:16]}"
