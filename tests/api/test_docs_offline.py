"""``/docs`` works without internet: Swagger UI's files come from this server (swagger-ui-dist from npm)."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

pytestmark = pytest.mark.neo4j


def test_docs_reference_only_local_assets_and_they_are_served(client: TestClient) -> None:
    page = client.get("/docs")
    assert page.status_code == 200 and "SwaggerUIBundle" in page.text
    urls = re.findall(r"""(?:src|href)=["']([^"']+)["']|url:\s*['"]([^'"]+)['"]""", page.text)
    refs = [a or b for a, b in urls]
    assert refs, page.text
    assert not [u for u in refs if re.match(r"(https?:)?//", u)], refs  # no CDN, no other host
    assert "http" not in page.text.replace("https://swagger.io", "")  # nothing remote in the page
    for ref in refs:
        response = client.get(ref)
        assert response.status_code == 200, ref
    js = client.get("/static/vendor/swagger-ui/swagger-ui-bundle.js")
    assert js.headers["content-type"].startswith(("text/javascript", "application/javascript")) and len(js.content) > 100_000
    assert client.get("/openapi.json").json()["paths"]["/export/{format}"]
    assert client.get("/redoc").status_code == 404  # ReDoc loads from a CDN only: off
