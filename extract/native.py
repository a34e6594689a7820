"""The extractor compiled with mypyc: built on demand, used only while it matches the sources.

``unionkg native build`` compiles the extractor's modules (every
``extract/*.py`` but the ones in :data:`INTERPRETED`) with mypyc into
``.native/`` at the project root, beside a manifest holding a fingerprint of
the sources it was built from. ``make install`` runs it; it does nothing when
the build is current, and leaves the pure-Python extractor in place (exit 0,
one line saying why) when the machine has no C compiler.

At import, ``extract/__init__.py`` calls :func:`activate`: when the manifest's
fingerprint is that of the sources on disk, the compiled modules go first on
the package's search path; otherwise the pure-Python modules are used (a
compiled module can never run stale code), and the first ``Extractor`` of the
process warns once when a build exists but is out of date. ``UNIONKG_NATIVE=0`` turns the compiled modules off.
Both forms give byte-identical output (tested).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import sysconfig
import tempfile
import time
import warnings
from pathlib import Path
from typing import NamedTuple

SOURCE_DIR = Path(__file__).resolve().parent
ROOT = SOURCE_DIR.parent
BUILD_DIR = ROOT / ".native"
MANIFEST = "manifest.json"
# Modules left interpreted: the package itself and this module (they choose
# what to load), pydantic models (a metaclass mypyc does not compile), and the
# cold paths (file reading, scoring).
INTERPRETED = frozenset({"__init__.py", "native.py", "models.py", "reader.py", "scoring.py", "lac.py"})


class Activation(NamedTuple):
    """How the package loads its modules: ``compiled`` and why (``stale``: a build exists but is out of date)."""

    compiled: bool
    reason: str
    stale: bool = False

    def __str__(self) -> str:
        return f"{'compiled (mypyc)' if self.compiled else 'pure Python'} ({self.reason})"


# set by ``extract/__init__.py`` when the package is imported
current = Activation(False, "extract not imported")


def compiled_sources(source_dir: Path = SOURCE_DIR) -> list[Path]:
    """The modules that are compiled, in a stable order."""
    return sorted(p for p in source_dir.glob("*.py") if p.name not in INTERPRETED)


def fingerprint(source_dir: Path = SOURCE_DIR) -> str:
    """A digest of the compiled sources and of the interpreter they are built for."""
    digest = hashlib.sha256(f"{sys.version}|{sysconfig.get_config_var('EXT_SUFFIX')}".encode())
    for path in compiled_sources(source_dir):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def read_manifest(build_dir: Path = BUILD_DIR) -> dict[str, str] | None:
    """The build's manifest, or None when there is no (readable) build."""
    try:
        data = json.loads((build_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def activate(package_path: list[str], build_dir: Path = BUILD_DIR, source_dir: Path = SOURCE_DIR) -> Activation:
    """Put the compiled modules first on ``package_path`` when they match the sources."""
    if os.environ.get("UNIONKG_NATIVE", "1").strip().lower() in {"0", "false", "no", "off"}:
        return Activation(False, "UNIONKG_NATIVE=0")
    manifest = read_manifest(build_dir)
    if manifest is None:
        return Activation(False, f"no compiled build in {build_dir}")
    if manifest.get("fingerprint") != fingerprint(source_dir):
        return Activation(False, f"the compiled build in {build_dir} is older than the sources", stale=True)
    package_path.insert(0, str(build_dir / "extract"))
    if str(build_dir) not in sys.path:
        sys.path.append(str(build_dir))  # the shared library every compiled module loads
    return Activation(True, str(build_dir))


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


def build(force: bool = False, build_dir: Path = BUILD_DIR) -> str:
    """Compile the extractor into ``build_dir`` unless the build there is current; a line saying what happened."""
    wanted = fingerprint()
    manifest = read_manifest(build_dir)
    if not force and manifest is not None and manifest.get("fingerprint") == wanted:
        return f"compiled extractor is up to date ({build_dir})"
    compiler = sysconfig.get_config_var("CC") or "cc"
    if shutil.which(str(compiler).split()[0]) is None:
        return f"no C compiler ({compiler}) found: the extractor stays pure Python"
    try:
        from mypyc.build import mypycify
        from setuptools import Distribution
    except ImportError as exc:
        return f"mypyc or setuptools missing ({exc.name}): the extractor stays pure Python"
    started = time.monotonic()
    sources = compiled_sources()
    work = Path(tempfile.mkdtemp(prefix=".native-", dir=ROOT))
    cwd = Path.cwd()
    try:
        os.chdir(ROOT)  # mypy names modules by their path from here (extract/bodies.py → extract.bodies)
        extensions = mypycify(
            ["--ignore-missing-imports", *(str(p.relative_to(ROOT)) for p in sources)],
            opt_level="3",
            multi_file=True,
            target_dir=str(work / "c"),
        )
        dist = Distribution({"name": "unionkg-native", "ext_modules": extensions})
        command = dist.get_command_obj("build_ext")
        command.build_lib = str(work / "lib")
        command.build_temp = str(work / "tmp")
        command.parallel = os.cpu_count() or 1
        command.ensure_finalized()
        command.run()
        out = work / "lib"
        (out / MANIFEST).write_text(
            json.dumps({"fingerprint": wanted, "modules": [p.stem for p in sources], "built": time.strftime("%Y-%m-%dT%H:%M:%S")}),
            encoding="utf-8",
        )
        if build_dir.exists():
            shutil.rmtree(build_dir)
        out.rename(build_dir)
    finally:
        os.chdir(cwd)
        shutil.rmtree(work, ignore_errors=True)
    return f"compiled {len(sources)} extractor modules with mypyc in {time.monotonic() - started:.0f} s ({build_dir})"
