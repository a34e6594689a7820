"""The extractor compiled with mypyc: opted in by the program, used only while it matches the sources.

``unionkg native build`` (:mod:`unionkg.commands.native`) compiles the
extractor's modules (every ``extract/**/*.py`` but the package ``__init__``
files and :data:`INTERPRETED`) into ``.native/`` at the project root, beside a
manifest holding a fingerprint of the sources it was built from.

Importing ``extract`` changes nothing. A program opts in once, before it
imports the extractor, by calling :func:`use_compiled` with the
``UNIONKG_NATIVE`` setting (the command line, the API app, the test session and
the benchmarks do, as their first import). When the manifest's fingerprint is
that of the sources on disk, a finder on ``sys.meta_path`` loads the compiled
form of each module it lists; otherwise the pure-Python modules run (a compiled
module never runs stale code) and the first ``Extractor`` of the process warns
once when a build exists but is out of date. Both forms give byte-identical
output (tested).
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import logging
import sys
import sysconfig
import warnings
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType
from typing import NamedTuple

SOURCE_DIR = Path(__file__).resolve().parent
ROOT = SOURCE_DIR.parent
BUILD_DIR = ROOT / ".native"
MANIFEST = "manifest.json"
# Modules left interpreted (paths under extract/): this module (it chooses what
# to load), pydantic models (a metaclass mypyc does not compile), and the cold
# paths (file reading, scoring) and the ONNX model's driver.
INTERPRETED = frozenset({"compiled.py", "models.py", "source/reader.py", "eval/scoring.py", "recognise/lac.py"})

log = logging.getLogger(__name__)


class Activation(NamedTuple):
    """How the extractor runs: ``compiled`` and why (``stale``: a build exists but is out of date)."""

    compiled: bool
    reason: str
    stale: bool = False

    def __str__(self) -> str:
        return f"{'compiled (mypyc)' if self.compiled else 'pure Python'} ({self.reason})"


current = Activation(False, "use_compiled() not called")
"""Set by :func:`use_compiled`."""


def compiled_sources(source_dir: Path = SOURCE_DIR) -> list[Path]:
    """The modules that are compiled, in a stable order."""
    return sorted(
        p for p in source_dir.rglob("*.py") if p.name != "__init__.py" and p.relative_to(source_dir).as_posix() not in INTERPRETED
    )


def module_name(path: Path, source_dir: Path = SOURCE_DIR) -> str:
    """The dotted name of a module of the package (extract/recognise/bodies.py → extract.recognise.bodies)."""
    return ".".join((source_dir.name, *path.relative_to(source_dir).with_suffix("").parts))


def fingerprint(source_dir: Path = SOURCE_DIR) -> str:
    """A digest of the compiled sources and of the interpreter they are built for."""
    digest = hashlib.sha256(f"{sys.version}|{sysconfig.get_config_var('EXT_SUFFIX')}".encode())
    for path in compiled_sources(source_dir):
        digest.update(path.relative_to(source_dir).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def read_manifest(build_dir: Path = BUILD_DIR) -> dict[str, object] | None:
    """The build's manifest, or None when there is no (readable) build."""
    try:
        data = json.loads((build_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


class CompiledFinder(importlib.abc.MetaPathFinder):
    """Finds the compiled form of the modules a build lists, under its directory."""

    def __init__(self, build_dir: Path, modules: frozenset[str]) -> None:
        self.build_dir = build_dir
        self.modules = modules
        self.suffix = str(sysconfig.get_config_var("EXT_SUFFIX") or ".so")

    def find_spec(self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None) -> ModuleSpec | None:
        if fullname not in self.modules:
            return None
        location = self.build_dir.joinpath(*fullname.split(".")).with_suffix("")
        location = location.with_name(location.name + self.suffix)
        if not location.is_file():
            return None
        loader = importlib.machinery.ExtensionFileLoader(fullname, str(location))
        return importlib.util.spec_from_file_location(fullname, location, loader=loader)


def use_compiled(enabled: bool | None = None, build_dir: Path = BUILD_DIR, source_dir: Path = SOURCE_DIR) -> Activation:
    """Opt in to the compiled extractor (once a process, before importing it); says which form runs, logged once.

    ``enabled`` defaults to the ``UNIONKG_NATIVE`` setting (read here and nowhere else)."""
    global current
    if any(isinstance(f, CompiledFinder) for f in sys.meta_path):
        return current
    if enabled is None:
        from core.settings import Settings

        enabled = Settings().native
    current, finder = plan(enabled, build_dir, source_dir)
    if finder is not None:
        if str(build_dir) not in sys.path:
            sys.path.append(str(build_dir))  # the shared library every compiled module loads
        sys.meta_path.insert(0, finder)
    log.info("extractor: %s", current)
    return current


def plan(enabled: bool, build_dir: Path, source_dir: Path = SOURCE_DIR) -> tuple[Activation, CompiledFinder | None]:
    """Which form would run, and the finder that loads the compiled one (nothing is installed)."""
    if not enabled:
        return Activation(False, "UNIONKG_NATIVE=0"), None
    manifest = read_manifest(build_dir)
    if manifest is None:
        return Activation(False, f"no compiled build in {build_dir}"), None
    if manifest.get("fingerprint") != fingerprint(source_dir):
        return Activation(False, f"the compiled build in {build_dir} is older than the sources", stale=True), None
    modules = frozenset(module_name(p, source_dir) for p in compiled_sources(source_dir))
    loaded = sorted(m for m in modules if m in sys.modules)
    if loaded:
        return Activation(False, f"{loaded[0]} was imported before use_compiled()"), None
    return Activation(True, str(build_dir)), CompiledFinder(build_dir, modules)


_warned: list[bool] = []


def warn_if_stale() -> None:
    """One warning a process when a compiled build exists but the sources changed since (called by
    the ``Extractor``, so only work that extracts hears of it)."""
    if current.stale and not _warned:
        _warned.append(True)
        warnings.warn(
            f"extract: {current.reason}; using pure Python (rebuild with `make install` or `unionkg native build`)",
            RuntimeWarning,
            stacklevel=3,
        )


def status() -> str:
    """How the extractor runs in this process, in one line."""
    return str(current)
