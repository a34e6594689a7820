"""The mypyc-compiled extractor: used only while current, and the same output as pure Python."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import warnings
from pathlib import Path

import pytest

from extract import native
from extract.pipeline import Extractor
from extract.reader import Source, iter_sources

REPO = Path(__file__).resolve().parents[2]


def _sources(tmp_path: Path) -> Path:
    src = tmp_path / "src"
    src.mkdir()
    for name in ("__init__.py", "models.py", "bodies.py", "people.py"):
        (src / name).write_text(f"# {name}\n", encoding="utf-8")
    return src


def _build(tmp_path: Path, fingerprint: str) -> Path:
    build = tmp_path / "build"
    (build / "extract").mkdir(parents=True)
    (build / native.MANIFEST).write_text(json.dumps({"fingerprint": fingerprint}), encoding="utf-8")
    return build


def test_fingerprint_follows_the_compiled_sources_only(tmp_path: Path) -> None:
    src = _sources(tmp_path)
    assert [p.name for p in native.compiled_sources(src)] == ["bodies.py", "people.py"]
    before = native.fingerprint(src)
    (src / "models.py").write_text("# changed, but interpreted\n", encoding="utf-8")
    assert native.fingerprint(src) == before
    (src / "people.py").write_text("# people.py, edited\n", encoding="utf-8")
    assert native.fingerprint(src) != before


def test_a_current_build_goes_first_on_the_package_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("UNIONKG_NATIVE", raising=False)
    monkeypatch.setattr(sys, "path", list(sys.path))
    src = _sources(tmp_path)
    build = _build(tmp_path, native.fingerprint(src))
    path = [str(src)]
    assert native.activate(path, build, src) == (True, str(build), False)
    assert path == [str(build / "extract"), str(src)]
    assert str(build) in sys.path


def test_a_stale_build_is_never_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("UNIONKG_NATIVE", raising=False)
    src = _sources(tmp_path)
    build = _build(tmp_path, native.fingerprint(src))
    (src / "bodies.py").write_text("# bodies.py, edited after the build\n", encoding="utf-8")
    path = [str(src)]
    activation = native.activate(path, build, src)
    assert not activation.compiled and activation.stale and "older than the sources" in activation.reason
    assert path == [str(src)]
    monkeypatch.setattr(native, "current", activation)
    monkeypatch.setattr(native, "_warned", [])
    with pytest.warns(RuntimeWarning, match="older than the sources; using pure Python"):
        native.warn_if_stale()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        native.warn_if_stale()  # once a process


def test_no_build_and_switched_off_mean_pure_python(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = _sources(tmp_path)
    path = [str(src)]
    monkeypatch.delenv("UNIONKG_NATIVE", raising=False)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a missing build is the normal pure-Python case: no warning
        assert not native.activate(path, tmp_path / "nothing-here", src).compiled
    monkeypatch.setenv("UNIONKG_NATIVE", "0")
    assert native.activate(path, _build(tmp_path, native.fingerprint(src)), src) == (False, "UNIONKG_NATIVE=0", False)
    assert path == [str(src)]


@pytest.mark.skipif(os.environ.get("UNIONKG_REQUIRE_NATIVE") != "1", reason="UNIONKG_REQUIRE_NATIVE=1 (make test) asks for it")
def test_make_test_runs_the_compiled_extractor() -> None:
    """``make install`` compiled the extractor and this process uses it (a stale build would not be)."""
    import extract.bodies

    compiler = str(sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(compiler) is None:
        pytest.skip(f"no C compiler ({compiler}): the extractor is pure Python here")
    assert native.current.compiled, native.status()
    assert not extract.bodies.__file__.endswith(".py")


def _dump(pages: list[Source]) -> str:
    extractor = Extractor()
    return "\n".join(extractor.extract(p.name, p.text).model_dump_json() for p in pages)


def test_compiled_and_pure_python_output_are_identical() -> None:
    if not native.current.compiled:
        pytest.skip(f"extractor not compiled here: {native.status()}")
    pages = [s for s in iter_sources([str(REPO / "seeds"), str(REPO / "tests" / "articles")]) if isinstance(s, Source)]
    script = (
        "import sys\n"
        "from extract import native\n"
        "from extract.pipeline import Extractor\n"
        "from extract.reader import Source, iter_sources\n"
        "assert not native.current.compiled, native.status()\n"
        "pages = [s for s in iter_sources(sys.argv[1:]) if isinstance(s, Source)]\n"
        "ex = Extractor()\n"
        "sys.stdout.write('\\n'.join(ex.extract(p.name, p.text).model_dump_json() for p in pages))\n"
    )
    env = {**os.environ, "UNIONKG_NATIVE": "0"}
    pure = subprocess.run(
        [sys.executable, "-c", script, str(REPO / "seeds"), str(REPO / "tests" / "articles")],
        env=env, cwd=REPO, capture_output=True, text=True, check=True, timeout=300,
    ).stdout
    assert len(pages) >= 20
    assert _dump(pages) == pure
