"""API latency under load: /programmes/{id}/related and /search, beside the raw driver.

Ingests a synthetic corpus (``bench/corpus.py``, ≥ 2,000 articles by default)
into the configured Neo4j unless ``--skip-ingest``, serves the real app under
uvicorn (its own processes) on a free loopback port, then for each endpoint
loads it from 50 concurrent clients and reports p50, p99, requests/s, errors
and response-cache hits and misses (X-Cache), beside the raw driver's time for the same named query
with the same parameters (sequential, and with 50 threads), all in the same
run. The app is measured twice: with its response cache (the default) and
with the cache off (``UNIONKG_API_CACHE_MB=0``), so every request reaches Neo4j.

The load comes from ``wrk`` (Debian package ``wrk``; C, so the load generator
takes little of the CPU the server needs) with ``bench/wrk_paths.lua``, or
from async httpx clients when wrk is not installed (``--loader httpx``).

    uv run python bench/api_latency.py --articles 2000 --seconds 20
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from api.routers.search import lucene_escape  # noqa: E402
from bench.corpus import generate_corpus  # noqa: E402
from core.settings import Settings  # noqa: E402
from graph.client import Graph  # noqa: E402
from graph.server import free_port  # noqa: E402
from ingest.run import ingest_paths  # noqa: E402

SEARCH_TERMS = ["总工会", "梁溪", "劳动", "工匠", "职工", "技能", "服务站", "计划", "街道", "有限公司"]


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0–100), nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))]


def summary(latencies: list[float], seconds: float, errors: int) -> dict[str, float]:
    """p50 / p99 in ms, requests/s and errors."""
    return {
        "p50_ms": round(percentile(latencies, 50) * 1000, 2),
        "p99_ms": round(percentile(latencies, 99) * 1000, 2),
        "mean_ms": round(statistics.fmean(latencies) * 1000, 2),
        "rps": round(len(latencies) / seconds, 1),
        "errors": errors,
    }


def ingest(graph: Graph, n_articles: int) -> None:
    """Wipe the graph and ingest a generated corpus of at least ``n_articles`` articles."""
    with graph.driver.session(database=graph.settings.neo4j_database) as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
    with tempfile.TemporaryDirectory() as out:
        generate_corpus(n_articles, Path(out), seed=1)
        result = ingest_paths(graph, [out], progress=True, workers=2)
    print(f"ingested {result.articles} articles from {result.files} files in {result.seconds:.0f} s", file=sys.stderr)


def pick_inputs(graph: Graph, count: int) -> list[str]:
    """Programme ids, busiest hosts first (the hard cases) then the rest."""
    rows = graph.driver.execute_query(
        "MATCH (p:Programme) RETURN p.id AS id, COUNT { (p)<-[:HOSTED]-()-[:HOSTED]->() } AS degree ORDER BY degree DESC LIMIT $n",
        n=count,
    ).records
    return [str(r["id"]) for r in rows]


async def load(base: str, paths: list[str], total: int, clients: int, deadline: float) -> tuple[list[float], float, int, int, int]:
    """``total`` GETs over ``paths`` (round robin) from ``clients`` concurrent clients:
    latencies, seconds, errors, cache hits and cache misses (``X-Cache``)."""
    latencies: list[float] = []
    errors = hits = misses = 0
    counter = iter(range(total))
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30.0) as http:

        async def worker() -> None:
            nonlocal errors, hits, misses
            for i in counter:
                if time.monotonic() > deadline:
                    return
                started = time.perf_counter()
                try:
                    response = await http.get(paths[i % len(paths)])
                except httpx.TransportError as exc:  # counted, not fatal: the run reports its errors
                    errors += 1
                    print(f"transport error on {paths[i % len(paths)]}: {exc!r}", file=sys.stderr)
                    continue
                latencies.append(time.perf_counter() - started)
                errors += response.status_code != 200
                hits += response.headers.get("x-cache") == "hit"
                misses += response.headers.get("x-cache") == "miss"

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(clients)))
    return latencies, time.perf_counter() - started, errors, hits, misses


def load_httpx(base: str, paths: list[str], args: argparse.Namespace) -> dict[str, float]:
    """Warm up, then load ``paths`` with async httpx clients."""
    asyncio.run(load(base, paths, min(200, args.requests), args.clients, time.monotonic() + 30))
    latencies, seconds, errors, hits, misses = asyncio.run(
        load(base, paths, args.requests, args.clients, time.monotonic() + args.max_seconds)
    )
    return {**summary(latencies, seconds, errors), "hits": hits, "misses": misses}


def load_wrk(base: str, paths: list[str], args: argparse.Namespace) -> dict[str, float]:
    """Warm up, then load ``paths`` with wrk (2 threads, ``args.clients`` connections) for ``args.seconds``."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as listing:
        listing.write("\n".join(paths) + "\n")
    script = str(ROOT / "bench" / "wrk_paths.lua")
    figures: dict[str, float] = {}
    try:
        for seconds in (5, args.seconds):  # the first run warms up
            out = subprocess.run(
                ["wrk", "-t2", f"-c{args.clients}", f"-d{seconds}s", "--timeout", "30s", "-s", script, base, "--", listing.name],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            match = re.search(r"^WRK_JSON (.*)$", out, re.M)
            if match is None:
                raise RuntimeError(f"wrk printed no figures:\n{out}")
            figures = json.loads(match.group(1))
    finally:
        os.unlink(listing.name)
    return {
        "p50_ms": round(figures["p50_ms"], 2),
        "p99_ms": round(figures["p99_ms"], 2),
        "mean_ms": round(figures["mean_ms"], 2),
        "rps": round(figures["requests"] / figures["seconds"], 1),
        "errors": int(figures["non_200"] + figures["socket_errors"]),
        "requests": int(figures["requests"]),
        "hits": int(figures["hits"]),
        "misses": int(figures["misses"]),
    }


def raw_driver(graph: Graph, name: str, params: list[dict[str, Any]], total: int, threads: int) -> dict[str, dict[str, float]]:
    """The same named query through Graph.run: sequential, and from ``threads`` threads."""

    def once(i: int) -> float:
        started = time.perf_counter()
        graph.run(name, params[i % len(params)])
        return time.perf_counter() - started

    seq_started = time.perf_counter()
    sequential = [once(i) for i in range(min(total, 500))]
    seq_seconds = time.perf_counter() - seq_started
    with ThreadPoolExecutor(threads) as pool:
        started = time.perf_counter()
        concurrent = list(pool.map(once, range(total)))
        seconds = time.perf_counter() - started
    return {"sequential": summary(sequential, seq_seconds, 0), f"{threads}_threads": summary(concurrent, seconds, 0)}


def serve(port: int, workers: int, env: dict[str, str]) -> subprocess.Popen[bytes]:
    """The real app under uvicorn on 127.0.0.1:port, in its own process (settings from the environment)."""
    cmd = [
        sys.executable,
        "-m",
        "uvicorn",
        "--factory",
        "api.app:create_app",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--workers",
        str(workers),
        "--log-level",
        "warning",
        "--no-access-log",
        "--timeout-keep-alive",
        "30",
    ]
    proc = subprocess.Popen(cmd, cwd=ROOT, env={**os.environ, **env})
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    proc.terminate()
    raise RuntimeError("the API did not become ready within 60 s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument(
        "--loader", choices=["wrk", "httpx"], default="wrk" if shutil.which("wrk") else "httpx", help="Load generator (wrk when installed)."
    )
    parser.add_argument("--seconds", type=int, default=20, help="Seconds of load per endpoint (wrk).")
    parser.add_argument("--requests", type=int, default=3000, help="Requests per endpoint (httpx), and for the raw driver.")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--max-seconds", type=float, default=120.0, help="Stop an endpoint's run after this long.")
    parser.add_argument("--workers", type=int, default=2, help="uvicorn worker processes.")
    parser.add_argument("--skip-ingest", action="store_true", help="Use the graph as it is.")
    args = parser.parse_args()
    logging.getLogger("neo4j").setLevel(logging.ERROR)
    settings = Settings()
    graph = Graph(settings)
    if not args.skip_ingest:
        ingest(graph, args.articles)
    articles = graph.driver.execute_query("MATCH (a:Article) RETURN count(a) AS n").records[0]["n"]
    programmes = pick_inputs(graph, 200)
    cases = {
        "related": (
            [f"/programmes/{p}/related" for p in programmes],
            "api_programme_related",
            [{"id": p, "limit": 10} for p in programmes],
        ),
        "search": (
            [f"/search?q={quote(t)}" for t in SEARCH_TERMS],
            "api_search",
            [{"query": lucene_escape(t), "text": t, "label": None, "offset": 0, "limit": 20} for t in SEARCH_TERMS],
        ),
    }
    report: dict[str, Any] = {
        "articles": articles,
        "programmes_sampled": len(programmes),
        "clients": args.clients,
        "workers": args.workers,
        "loader": args.loader,
    }
    loader = load_wrk if args.loader == "wrk" else load_httpx
    try:
        for cache, env in (("api_cache_on", {}), ("api_cache_off", {"UNIONKG_API_CACHE_MB": "0"})):
            port = free_port()
            server = serve(port, args.workers, env)
            try:
                for name, (paths, _, _) in cases.items():
                    report.setdefault(name, {})[cache] = loader(f"http://127.0.0.1:{port}", paths, args)
            finally:
                server.terminate()
                server.wait(timeout=30)
        for name, (_, query, params) in cases.items():
            report[name]["raw_driver"] = raw = raw_driver(graph, query, params, args.requests, args.clients)
            report[name]["ratios"] = {
                "cache_on_p50_over_raw_sequential_p50": round(report[name]["api_cache_on"]["p50_ms"] / raw["sequential"]["p50_ms"], 2),
                "cache_off_p50_over_raw_50_threads_p50": round(
                    report[name]["api_cache_off"]["p50_ms"] / raw[f"{args.clients}_threads"]["p50_ms"], 2
                ),
            }
    finally:
        graph.close()
    print(json.dumps(report, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
