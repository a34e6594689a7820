"""The local Neo4j process: start, status, second start, taken port, stop."""

from __future__ import annotations

import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import SecretStr

from core.errors import ServerError
from core.settings import Settings
from graph.server import LocalNeo4j, free_port


def _settings(tmp: Path) -> Settings:
    return Settings(
        neo4j_uri=None,
        bolt_port=free_port(),
        http_port=free_port(),
        data_dir=tmp,
        neo4j_password=SecretStr("server-test-password"),
        neo4j_heap="512m",
        neo4j_pagecache="64m",
    )


def _our_jvms(home: Path) -> list[str]:
    out = subprocess.run(["pgrep", "-af", "CommunityEntryPoint"], capture_output=True, text=True).stdout
    return [line for line in out.splitlines() if str(home) in line]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalNeo4j]:
    srv = LocalNeo4j(_settings(tmp_path_factory.mktemp("srv")))
    yield srv
    srv.stop()


def test_start_status_second_start_and_stop(server: LocalNeo4j) -> None:
    assert server.start() is True
    status = server.status()
    assert status.running and status.pid is not None
    assert status.version == server.settings.neo4j_version
    assert (server.home / "data" / "dbms" / "auth.ini").exists()
    conf = (server.conf_dir / "neo4j.conf").read_text()
    assert "dbms.security.auth_enabled=true" in conf
    assert f"127.0.0.1:{server.settings.bolt_port}" in conf
    assert server.start() is False  # second start is a no-op
    assert len(_our_jvms(server.home)) == 1
    assert server.stop() is True
    assert not server.status().running
    assert _our_jvms(server.home) == []
    assert server.stop() is False


def test_taken_port_gives_a_clear_error(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    with socket.socket() as blocker:
        blocker.bind(("127.0.0.1", settings.bolt_port))
        blocker.listen()
        with pytest.raises(ServerError, match=f"port {settings.bolt_port} .*already in use"):
            LocalNeo4j(settings).start()
    assert _our_jvms(LocalNeo4j(settings).home) == []


def test_auth_is_on(neo4j_settings: Settings) -> None:
    from neo4j import GraphDatabase
    from neo4j.exceptions import AuthError

    if not neo4j_settings.uses_local_server:
        pytest.skip("external server")
    with GraphDatabase.driver(neo4j_settings.bolt_uri, auth=("neo4j", "wrong-password")) as driver:
        with pytest.raises(AuthError):
            driver.verify_connectivity()
