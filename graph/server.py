"""A local Neo4j Community server run as a child process (no Docker needed).

The jars come from Maven Central through Maven (``graph/neo4j/pom.xml``) and
are cached outside the repository, so a second start downloads nothing. The
server binds to 127.0.0.1 only, with authentication on.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from core.errors import ServerError
from core.settings import Settings

_HERE = Path(__file__).parent / "neo4j"
_ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"
_ADMIN_TOOL = "org.neo4j.cli.AdminTool"


@dataclass(frozen=True)
class ServerStatus:
    """What ``unionkg neo4j status`` reports."""

    running: bool
    pid: int | None
    bolt_port: int
    http_port: int
    version: str | None
    data_dir: Path
    log_file: Path


def port_in_use(port: int, host: str = "127.0.0.1") -> bool:
    """True when something already listens on (or holds) ``host:port``."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return True
    return False


def free_port() -> int:
    """A port on 127.0.0.1 that is free right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return _is_our_java(pid)


def _is_our_java(pid: int) -> bool:
    """Guards against a recycled pid: the process must be a Neo4j JVM."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return True  # no /proc: trust kill(0)
    return _ENTRY_POINT.encode() in cmdline


class LocalNeo4j:
    """Start, stop and inspect the project's own Neo4j process."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.home = settings.data_dir.resolve() / "neo4j"
        self.conf_dir = self.home / "conf"
        self.log_dir = self.home / "logs"
        self.pid_file = self.home / "run" / "unionkg-neo4j.pid"
        self.lib_dir = (
            settings.cache_dir.expanduser().resolve()
            / f"neo4j-{settings.neo4j_version}-browser-{settings.neo4j_browser_version}"
            / "lib"
        )

    @property
    def log_file(self) -> Path:
        """Neo4j's own log; the JVM's console output is beside it."""
        return self.log_dir / "neo4j.log"

    # -- jars -------------------------------------------------------------
    def ensure_jars(self) -> Path:
        """Fetch the jars once through Maven; later calls return the cache."""
        if (self.lib_dir / ".complete").exists():
            return self.lib_dir
        if shutil.which("mvn") is None:
            raise ServerError("Maven (mvn) is not on PATH; it is needed once to fetch Neo4j from Maven Central")
        staging = self.lib_dir.with_name("lib.partial")
        shutil.rmtree(staging, ignore_errors=True)
        cmd = [
            "mvn", "-q", "-B", "-f", str(_HERE / "pom.xml"),
            f"-Dneo4j.version={self.settings.neo4j_version}",
            f"-Dbrowser.version={self.settings.neo4j_browser_version}",
            "dependency:copy-dependencies", f"-DoutputDirectory={staging}",
        ]
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode != 0:
            tail = (proc.stdout + proc.stderr).strip().splitlines()[-15:]
            raise ServerError("Maven could not fetch Neo4j:\n" + "\n".join(tail))
        shutil.rmtree(self.lib_dir, ignore_errors=True)
        staging.rename(self.lib_dir)
        (self.lib_dir / ".complete").write_text(self.settings.neo4j_version)
        return self.lib_dir

    # -- configuration ----------------------------------------------------
    def write_config(self) -> None:
        """Write neo4j.conf from the settings (ports, directories, memory, the per-transaction memory limit)."""
        dirs = {name: self.home / name for name in ("data", "logs", "plugins", "import", "run")}
        for path in [self.conf_dir, *dirs.values()]:
            path.mkdir(parents=True, exist_ok=True)
        text = (_HERE / "neo4j.conf.template").read_text(encoding="utf-8").format(
            bolt_port=self.settings.bolt_port,
            http_port=self.settings.http_port,
            data=dirs["data"], logs=dirs["logs"], plugins=dirs["plugins"],
            import_dir=dirs["import"], run=dirs["run"],
            heap=self.settings.neo4j_heap, pagecache=self.settings.neo4j_pagecache,
            transaction_memory=self.settings.neo4j_transaction_memory,
        )
        (self.conf_dir / "neo4j.conf").write_text(text, encoding="utf-8")

    def _java_env(self) -> dict[str, str]:
        return {**os.environ, "NEO4J_HOME": str(self.home), "NEO4J_CONF": str(self.conf_dir)}

    def _classpath(self) -> str:
        return f"{self.lib_dir}/*"

    def set_initial_password(self) -> None:
        """Set the password before the first start (never disables auth)."""
        if (self.home / "data" / "dbms" / "auth.ini").exists():
            return
        password = self.settings.neo4j_password.get_secret_value()
        if len(password) < 8:
            raise ServerError("the Neo4j password must have at least 8 characters (UNIONKG_NEO4J_PASSWORD)")
        cmd = ["java", "-cp", self._classpath(), _ADMIN_TOOL, "dbms", "set-initial-password", password]
        proc = subprocess.run(cmd, capture_output=True, text=True, env=self._java_env())
        if proc.returncode != 0:
            raise ServerError(f"could not set the initial password: {proc.stderr.strip() or proc.stdout.strip()}")

    # -- lifecycle --------------------------------------------------------
    def _read_pid(self) -> int | None:
        try:
            pid = int(self.pid_file.read_text().strip())
        except (OSError, ValueError):
            return None
        return pid if _pid_alive(pid) else None

    def status(self) -> ServerStatus:
        """Running or not, with ports, version and data directory."""
        pid = self._read_pid()
        version = self._http_version() if pid else None
        return ServerStatus(
            running=pid is not None, pid=pid,
            bolt_port=self.settings.bolt_port, http_port=self.settings.http_port,
            version=version, data_dir=self.home, log_file=self.log_file,
        )

    def _http_version(self) -> str | None:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.settings.http_port}/", timeout=2) as resp:
                return str(json.load(resp).get("neo4j_version"))
        except (OSError, ValueError):
            return None

    def start(self) -> bool:
        """Start the server and wait until Bolt answers.

        Returns False (and does nothing) when it is already running.
        """
        if self._read_pid() is not None:
            return False
        for port in (self.settings.bolt_port, self.settings.http_port):
            if port_in_use(port):
                raise ServerError(
                    f"port {port} on 127.0.0.1 is already in use; free it or choose another "
                    "(UNIONKG_BOLT_PORT / UNIONKG_HTTP_PORT)",
                    {"port": port},
                )
        self.ensure_jars()
        self.write_config()
        self.set_initial_password()
        proc = self._spawn()
        self._wait_for_bolt(proc)
        return True

    def _spawn(self) -> subprocess.Popen[bytes]:
        console = (self.log_dir / "console.log").open("ab")
        cmd = [
            "java", f"-Xms{self.settings.neo4j_heap}", f"-Xmx{self.settings.neo4j_heap}",
            "-XX:+UseG1GC", "-Dfile.encoding=UTF-8", "-cp", self._classpath(), _ENTRY_POINT,
            f"--home-dir={self.home}", f"--config-dir={self.conf_dir}",
        ]
        proc = subprocess.Popen(
            cmd, stdout=console, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            env=self._java_env(), start_new_session=True,
        )
        console.close()
        self.pid_file.write_text(str(proc.pid))
        return proc

    def _wait_for_bolt(self, proc: subprocess.Popen[bytes]) -> None:
        deadline = time.monotonic() + self.settings.neo4j_start_timeout
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                self.pid_file.unlink(missing_ok=True)
                raise ServerError(
                    f"Neo4j exited with code {proc.returncode} while starting; see {self.log_dir / 'console.log'} "
                    f"and {self.log_file}"
                )
            if self._bolt_answers() and self._http_version() is not None:
                return
            time.sleep(0.5)
        self.stop()
        raise ServerError(f"Neo4j did not answer on Bolt and HTTP within {self.settings.neo4j_start_timeout:.0f}s; see {self.log_file}")

    def _bolt_answers(self) -> bool:
        from neo4j import GraphDatabase
        from neo4j.exceptions import DriverError, Neo4jError

        if not port_in_use(self.settings.bolt_port):
            return False
        auth = (self.settings.neo4j_user, self.settings.neo4j_password.get_secret_value())
        try:
            with GraphDatabase.driver(f"bolt://127.0.0.1:{self.settings.bolt_port}", auth=auth) as driver:
                driver.verify_connectivity()
        except (Neo4jError, DriverError, OSError):
            return False
        return True

    def stop(self, timeout: float = 60.0) -> bool:
        """Stop the JVM we started and wait for it; False when none was running."""
        pid = self._read_pid()
        if pid is None:
            self.pid_file.unlink(missing_ok=True)
            return False
        os.kill(pid, signal.SIGTERM)
        if not _wait_gone(pid, timeout):
            os.kill(pid, signal.SIGKILL)
            _wait_gone(pid, 10.0)
        self.pid_file.unlink(missing_ok=True)
        return True


def _wait_gone(pid: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            waited, _ = os.waitpid(pid, os.WNOHANG)  # reap if it is our child
        except ChildProcessError:
            waited = 0
        if waited == pid or not _exists(pid):
            return True
        time.sleep(0.2)
    return False


def _exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split()[2]
    except (OSError, IndexError):
        return True
    return state != "Z"
