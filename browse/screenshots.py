"""Screenshots of the explorer's views for the README, in headless Chromium.

Against a running explorer holding ``seeds/`` (``make run``, or any
``unionkg serve``)::

    uv run python browse/screenshots.py --url http://127.0.0.1:8000

writes one PNG per view into ``docs/screenshots/``, squeezed to 256 colours by
``pngquant`` when it is installed (``apt install pngquant``: about a third of
the size). Fails when a page logs a JavaScript or console error, or when a
view does not finish loading.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

import httpx

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]


@dataclass(frozen=True)
class Shot:
    """One screenshot: the seed entity (label, name), the view and its extra params."""

    file: str
    label: str | None
    name: str | None
    view: str | None = None
    params: tuple[tuple[str, str], ...] = ()
    to: tuple[str, str] | None = None  # the other end of a path (label, name)
    wait: str = ""


SHOTS = (
    Shot("search-paging.png", None, None, params=(("q", "工会"), ("offset", "20")), wait="body[data-search='20']"),
    Shot("hierarchy.png", "Union", "贵州省总工会", "hierarchy"),
    Shot("leaders.png", "Union", "无锡市梁溪区总工会", "leaders"),
    Shot("partners.png", "Union", "山东省青岛市李沧区虎山路街道总工会", "partners"),
    Shot("paths.png", "Person", "夏同军", "paths", (("hops", "6"),), to=("Union", "盐城市亭湖区总工会")),
    Shot("related.png", "Programme", "网络正能量创意活动征集", "related"),
    Shot("recipients.png", "Award", "庆元工匠", "recipients"),
)


def entity_id(client: httpx.Client, label: str, name: str) -> str:
    """The id of the entity with exactly this label and name (by the API's search)."""
    hits = client.get("/search", params={"q": name, "label": label, "limit": 20}).raise_for_status().json()["items"]
    for hit in hits:
        if hit["name"] == name:
            return str(hit["id"])
    raise SystemExit(f"no {label} named {name!r} in the graph: ingest seeds/ first")


def shot_hash(client: httpx.Client, shot: Shot) -> str:
    """The explorer's hash opening this shot's view."""
    params: list[tuple[str, str]] = []
    if shot.label and shot.name:
        params += [("entity", entity_id(client, shot.label, shot.name)), ("view", shot.view or "")]
    if shot.to:
        params.append(("to", entity_id(client, *shot.to)))
    return "#" + urlencode(params + list(shot.params))


def take(url: str, out: Path) -> list[Path]:
    """Open each shot's view in a fresh page and save its screenshot; return the files written."""
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with httpx.Client(base_url=url) as client, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for shot in SHOTS:
                page = browser.new_page(viewport={"width": 1280, "height": 720}, locale="zh-CN")
                errors: list[str] = []
                page.on("pageerror", lambda exc: errors.append(str(exc)))
                page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
                page.goto(url + "/" + shot_hash(client, shot))
                page.wait_for_selector(shot.wait or f"body[data-view='{shot.view}']", timeout=30_000)
                if shot.view:
                    page.wait_for_selector("body[data-layout=done]", timeout=30_000)
                if page.locator("#detail details.evidence-fold").count():
                    page.locator("#detail details.evidence-fold").first.evaluate("(d) => { d.open = true; }")
                if errors:
                    raise SystemExit(f"{shot.file}: errors in the page: {errors}")
                target = out / shot.file
                page.screenshot(path=str(target))
                written.append(target)
                page.close()
        finally:
            browser.close()
    return written


def squeeze(paths: list[Path]) -> None:
    """Quantise the PNGs in place with pngquant (lossy, 256 colours), when it is installed."""
    if not shutil.which("pngquant"):
        print("pngquant not found: PNGs left as Chromium wrote them")
        return
    subprocess.run(["pngquant", "--force", "--skip-if-larger", "--strip", "--ext", ".png", "--", *map(str, paths)], check=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:8000", help="where the explorer runs")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots", help="directory for the PNGs")
    args = parser.parse_args()
    written = take(args.url.rstrip("/"), args.out)
    squeeze(written)
    for path in written:
        print(f"{path.relative_to(REPO) if path.is_relative_to(REPO) else path}: {path.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()
