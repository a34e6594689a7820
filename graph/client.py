"""The one place that talks to Neo4j: owns the driver, runs named queries.

Driver errors are translated here into the project's errors (``raise … from``):
an unreachable server is :class:`GraphUnavailable` (503), a query past its
time limit :class:`QueryTimeout` (504), one past the memory a transaction may
use (``db.memory.transaction.max``) :class:`QueryMemoryLimit` (422), and a
server whose memory for all transactions is in use :class:`GraphBusy` (503).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

import neo4j
from neo4j import GraphDatabase
from neo4j.exceptions import ClientError, DatabaseError, DriverError, Neo4jError, ServiceUnavailable, SessionExpired, TransientError

from core.errors import GraphBusy, GraphUnavailable, QueryMemoryLimit, QueryTimeout, UnionKGError
from core.settings import Settings
from graph.queries import QueryRegistry, default_registry, schema_statements

T = TypeVar("T")
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class QueryResult:
    """Rows of a read query, capped; ``truncated`` says the cap cut them."""

    rows: list[dict[str, Any]]
    truncated: bool


class GraphError(UnionKGError):
    """Neo4j refused a query for a reason that is not the caller's input."""

    status, code = 500, "graph_error"


@contextmanager
def translate_errors(uri: str) -> Iterator[None]:
    """Turn driver exceptions into the project's error hierarchy."""
    try:
        yield
    except (ServiceUnavailable, SessionExpired) as exc:
        raise GraphUnavailable(f"Neo4j at {uri} is not reachable: {exc}", {"uri": uri}) from exc
    except ClientError as exc:
        if exc.code and "TransactionTimedOut" in exc.code:
            raise QueryTimeout("the query ran past its time limit", {"neo4j_code": exc.code}) from exc
        raise GraphError(exc.message or str(exc), {"neo4j_code": exc.code}) from exc
    except DatabaseError as exc:  # Neo4j failed on this query; the server is still up
        log.warning("Neo4j failed a query: %s", exc)
        raise GraphError("Neo4j failed while running the query; see the server log", {"neo4j_code": exc.code}) from exc
    except (Neo4jError, DriverError, OSError) as exc:
        if isinstance(exc, TransientError) and "MemoryPoolOutOfMemoryError" in (exc.code or ""):
            raise _memory_error(exc) from exc
        if "timed out" in str(exc).lower() or "TransactionTimedOut" in str(getattr(exc, "code", "")):
            raise QueryTimeout("the query ran past its time limit") from exc
        raise GraphUnavailable(f"Neo4j at {uri} failed: {exc}", {"uri": uri}) from exc


def _memory_error(exc: Neo4jError) -> UnionKGError:
    """The query's own limit (its fault: 422) or the server's pool for every transaction (busy: 503)."""
    details = {"neo4j_code": exc.code}
    if "total.max" in (exc.message or ""):
        return GraphBusy("Neo4j's memory for all running queries is in use; try again shortly", details)
    return QueryMemoryLimit(
        "the query needs more memory than one query may use (db.memory.transaction.max); "
        "aggregate, filter or LIMIT earlier", details,
    )


class Graph:
    """A driver plus the named-query registry, from settings."""

    def __init__(self, settings: Settings, registry: QueryRegistry | None = None) -> None:
        self.settings = settings
        self.registry = registry or default_registry()
        self.uri = settings.bolt_uri
        auth = (settings.neo4j_user, settings.neo4j_password.get_secret_value())
        self.driver = GraphDatabase.driver(
            self.uri, auth=auth, connection_acquisition_timeout=10.0, max_connection_lifetime=300
        )

    def close(self) -> None:
        """Close the driver."""
        self.driver.close()

    def __enter__(self) -> Graph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def ping(self) -> None:
        """Raise GraphUnavailable unless Neo4j answers."""
        with translate_errors(self.uri):
            self.driver.verify_connectivity()

    def version(self) -> str:
        """An opaque token that changes whenever a write commits on the database.

        Neo4j Community does not report its last committed transaction, but
        the Bolt bookmark a read returns names it; one auto-commit read (no
        driver retries, so an outage fails at once) gives the current one.
        """
        query = self.registry.check("graph_version", {})
        with translate_errors(self.uri), self.session(read=True) as session:
            session.run(neo4j.Query(query.text, timeout=self.settings.query_timeout)).consume()
            return ",".join(sorted(session.last_bookmarks().raw_values))

    def session(self, read: bool = True) -> neo4j.Session:
        """A session on the configured database."""
        mode = neo4j.READ_ACCESS if read else neo4j.WRITE_ACCESS
        return self.driver.session(
            database=self.settings.neo4j_database, default_access_mode=mode,
            max_transaction_retry_time=self.settings.transaction_retry_time,
        )

    def run(
        self, name: str, params: Mapping[str, Any] | None = None,
        *, timeout: float | None = None, row_cap: int | None = None,
    ) -> QueryResult:
        """Run the named read query with a timeout and a row cap."""
        params = dict(params or {})
        query = self.registry.check(name, params)
        cap = self.settings.row_cap if row_cap is None else row_cap
        @neo4j.unit_of_work(timeout=timeout or self.settings.query_timeout)
        def fetch(tx: neo4j.ManagedTransaction) -> QueryResult:
            rows: list[dict[str, Any]] = []
            for record in tx.run(query.text, params):
                if len(rows) == cap:
                    return QueryResult(rows, True)
                rows.append(record.data())
            return QueryResult(rows, False)

        return self.execute(fetch, read=query.mode == "read")

    def write(self, name: str, params: Mapping[str, Any] | None = None) -> dict[str, int]:
        """Run the named query in a write transaction; returns the counters."""
        params = dict(params or {})
        query = self.registry.check(name, params)

        def work(tx: neo4j.ManagedTransaction) -> dict[str, int]:
            summary = tx.run(query.text, params).consume()
            return {k: v for k, v in vars(summary.counters).items() if isinstance(v, int) and not k.startswith("_")}

        return self.execute(work, read=False)

    def run_once(self, work: Callable[[neo4j.Transaction], T], *, timeout: float | None = None) -> T:
        """Run ``work`` in one READ transaction with a timeout, never retried (for user queries:
        a query that failed on memory or time would fail the same way again)."""
        with translate_errors(self.uri), self.session(read=True) as session:
            with session.begin_transaction(timeout=timeout or self.settings.query_timeout) as tx:
                return work(tx)

    def execute(self, work: Callable[[neo4j.ManagedTransaction], T], *, read: bool = True) -> T:
        """Run a transaction function with error translation (retried by the driver)."""
        with translate_errors(self.uri), self.session(read) as session:
            if read:
                return session.execute_read(work)
            return session.execute_write(work)

    def apply_schema(self) -> None:
        """Create every constraint and index ``IF NOT EXISTS`` (idempotent)."""
        with translate_errors(self.uri), self.session(read=False) as session:
            for statement in schema_statements():
                session.run(statement).consume()
