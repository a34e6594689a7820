"""Helpers shared by the API tests."""

from __future__ import annotations

from fastapi.testclient import TestClient
from httpx import Response


def find_id(client: TestClient, name: str, label: str) -> str:
    """The id of the entity called exactly ``name`` (through /search)."""
    response = client.get("/search", params={"q": name, "label": label, "limit": 50})
    assert response.status_code == 200, response.text
    ids = [hit["id"] for hit in response.json()["items"] if hit["name"] == name]
    assert ids, f"{label} {name!r} not found in the seeded graph"
    return str(ids[0])


def named_parameters(response: Response) -> list[str]:
    """The parameters an error answer names (``details.parameters[].parameter``)."""
    body = response.json()
    return [str(p["parameter"]) for p in body["error"]["details"]["parameters"]]
