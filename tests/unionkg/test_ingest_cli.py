"""``unionkg ingest`` / ``stats`` as a user runs them: exit codes, summary, kill -9 and rerun."""

from __future__ import annotations

import importlib.util
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType

import pytest

from graph.client import Graph
from graph.dump import canonical_dump
from graph.server import free_port

pytestmark = pytest.mark.neo4j
REPO = Path(__file__).resolve().parents[2]
UNIONKG = str(Path(sys.executable).parent / "unionkg")


def env_for(graph: Graph, **extra: str) -> dict[str, str]:
    s = graph.settings
    return {
        **os.environ,
        "UNIONKG_NEO4J_URI": s.bolt_uri,
        "UNIONKG_NEO4J_USER": s.neo4j_user,
        "UNIONKG_NEO4J_PASSWORD": s.neo4j_password.get_secret_value(),
        "UNIONKG_NEO4J_DATABASE": s.neo4j_database,
        **extra,
    }


def unionkg(graph: Graph, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([UNIONKG, *args], env=env_for(graph, **extra), capture_output=True, text=True, timeout=600)


def wipe(graph: Graph) -> None:
    with graph.driver.session(database=graph.settings.neo4j_database) as session:
        session.run("MATCH (n) DETACH DELETE n").consume()


def count_articles(graph: Graph) -> int:
    with graph.driver.session(database=graph.settings.neo4j_database) as session:
        return int(session.run("MATCH (a:Article) RETURN count(a) AS n").single()["n"])  # type: ignore[index]


def load_corpus_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_corpus", REPO / "bench" / "corpus.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_corpus"] = module
    spec.loader.exec_module(module)
    return module


def test_ingest_prints_a_summary_and_stats_counts(empty_graph: Graph) -> None:
    result = unionkg(empty_graph, "ingest", str(REPO / "seeds"))
    assert result.returncode == 0, result.stderr
    assert "5 files" in result.stderr and "articles" in result.stderr and "0 errors" in result.stderr
    stats = unionkg(empty_graph, "stats")
    assert stats.returncode == 0
    assert "(:Union)" in stats.stdout and "[:LEADS]" in stats.stdout


def test_bad_file_exits_non_zero_but_the_others_are_written(empty_graph: Graph, tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("本报讯 近日,杭州市总工会召开会议。", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02" * 50)
    result = unionkg(empty_graph, "ingest", str(tmp_path))
    assert result.returncode == 1
    assert "bad.txt" in result.stderr
    assert count_articles(empty_graph) >= 1


def test_neo4j_down_is_a_clear_error_and_exit_2(graph: Graph) -> None:
    result = unionkg(graph, "ingest", str(REPO / "seeds"), UNIONKG_NEO4J_URI=f"bolt://127.0.0.1:{free_port()}")
    assert result.returncode == 2
    assert "not reachable" in result.stderr and "Traceback" not in result.stderr


def test_killed_mid_way_then_rerun_equals_one_clean_run(empty_graph: Graph, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    load_corpus_module().generate_corpus(240, corpus, seed=7)
    args = [UNIONKG, "ingest", str(corpus), "--workers", "1", "--no-progress"]
    env = env_for(empty_graph, UNIONKG_WRITE_BATCH_SIZE="60")
    proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while count_articles(empty_graph) == 0 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = count_articles(empty_graph)
    assert proc.returncode == -signal.SIGKILL
    assert unionkg(empty_graph, "ingest", str(corpus), "--no-progress").returncode == 0
    total = count_articles(empty_graph)
    assert 0 < partial < total, "the ingest was not killed mid-way"
    resumed = canonical_dump(empty_graph)
    wipe(empty_graph)
    assert unionkg(empty_graph, "ingest", str(corpus), "--no-progress").returncode == 0
    assert canonical_dump(empty_graph) == resumed
