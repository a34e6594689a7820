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

from extract import compiled
from extract.pipeline import Extractor
from extract.source.reader import Source, iter_sources

REPO = Path(__file__).resolve().parents[2]


def _sources(tmp_path: Path) -> Path:
    src = tmp_path / "fakepkg"  # not the real package: its modules are not imported in this session
    (src / "recognise").mkdir(parents=True)
    for name in ("__init__.py", "models.py", "compiled.py", "recognise/__init__.py", "recognise/bodies.py", "people.py"):
        (src / name).write_text(f"# {name}\n", encoding="utf-8")
    return src


def _build(tmp_path: Path, fingerprint: str) -> Path:
    build = tmp_path / "build"
    (build / "extract").mkdir(parents=True)
    (build / compiled.MANIFEST).write_text(json.dumps({"fingerprint": fingerprint}), encoding="utf-8")
    return build


def test_fingerprint_follows_the_compiled_sources_only(tmp_path: Path) -> None:
    src = _sources(tmp_path)
    assert [compiled.module_name(p, src) for p in compiled.compiled_sources(src)] == ["fakepkg.people", "fakepkg.recognise.bodies"]
    before = compiled.fingerprint(src)
    (src / "models.py").write_text("# changed, but interpreted\n", encoding="utf-8")
    assert compiled.fingerprint(src) == before
    (src / "recognise" / "bodies.py").write_text("# bodies.py, edited\n", encoding="utf-8")
    assert compiled.fingerprint(src) != before


def test_a_current_build_gives_a_finder_for_its_modules(tmp_path: Path) -> None:
    src = _sources(tmp_path)
    build = _build(tmp_path, compiled.fingerprint(src))
    activation, finder = compiled.plan(True, build, src)
    assert activation == (True, str(build), False)
    assert finder is not None and finder.modules == {"fakepkg.people", "fakepkg.recognise.bodies"}
    assert finder.find_spec("fakepkg.recognise.bodies", None) is None  # no compiled file there: the source runs
    suffix = str(sysconfig.get_config_var("EXT_SUFFIX"))
    (build / "fakepkg" / "recognise").mkdir(parents=True)
    (build / "fakepkg" / "recognise" / f"bodies{suffix}").write_bytes(b"")
    spec = finder.find_spec("fakepkg.recognise.bodies", None)
    assert spec is not None and spec.origin == str(build / "fakepkg" / "recognise" / f"bodies{suffix}")
    assert finder.find_spec("fakepkg.models", None) is None  # interpreted modules are never redirected


def test_importing_extract_changes_nothing() -> None:
    script = "import sys, extract, extract.text.fold\nassert not any(type(f).__name__ == 'CompiledFinder' for f in sys.meta_path)\n"
    subprocess.run([sys.executable, "-c", script], cwd=REPO, check=True, timeout=120)


def test_a_stale_build_is_never_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = _sources(tmp_path)
    build = _build(tmp_path, compiled.fingerprint(src))
    (src / "people.py").write_text("# people.py, edited after the build\n", encoding="utf-8")
    activation, finder = compiled.plan(True, build, src)
    assert not activation.compiled and activation.stale and "older than the sources" in activation.reason
    assert finder is None
    monkeypatch.setattr(compiled, "current", activation)
    monkeypatch.setattr(compiled, "_warned", [])
    with pytest.warns(RuntimeWarning, match="older than the sources; using pure Python"):
        compiled.warn_if_stale()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        compiled.warn_if_stale()  # once a process


def test_no_build_switched_off_or_too_late_mean_pure_python(tmp_path: Path) -> None:
    src = _sources(tmp_path)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a missing build is the normal pure-Python case: no warning
        assert compiled.plan(True, tmp_path / "nothing-here", src) == (
            (False, f"no compiled build in {tmp_path / 'nothing-here'}", False),
            None,
        )
    build = _build(tmp_path, compiled.fingerprint(src))
    assert compiled.plan(False, build, src) == ((False, "UNIONKG_NATIVE=0", False), None)
    real = compiled.SOURCE_DIR
    import extract.text.fold  # noqa: F401  (already imported by this session)

    activation, finder = compiled.plan(True, _build(tmp_path / "real", compiled.fingerprint(real)), real)
    assert finder is None and "imported before use_compiled()" in activation.reason


@pytest.mark.skipif(os.environ.get("UNIONKG_REQUIRE_NATIVE") != "1", reason="UNIONKG_REQUIRE_NATIVE=1 (make test) asks for it")
def test_make_test_runs_the_compiled_extractor() -> None:
    """``make install`` compiled the extractor and this process uses it (a stale build would not be)."""
    import extract.recognise.bodies

    compiler = str(sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(compiler) is None:
        pytest.skip(f"no C compiler ({compiler}): the extractor is pure Python here")
    assert compiled.current.compiled, compiled.status()
    assert not extract.recognise.bodies.__file__.endswith(".py")


def _dump(pages: list[Source]) -> str:
    extractor = Extractor()
    return "\n".join(extractor.extract(p.name, p.text).model_dump_json() for p in pages)


def test_compiled_and_pure_python_output_are_identical() -> None:
    if not compiled.current.compiled:
        pytest.skip(f"extractor not compiled here: {compiled.status()}")
    pages = [s for s in iter_sources([str(REPO / "seeds"), str(REPO / "tests" / "articles")]) if isinstance(s, Source)]
    script = (
        "import sys\n"
        "from extract import compiled\n"
        "from extract.pipeline import Extractor\n"
        "from extract.source.reader import Source, iter_sources\n"
        "assert not compiled.use_compiled().compiled, compiled.status()\n"
        "pages = [s for s in iter_sources(sys.argv[1:]) if isinstance(s, Source)]\n"
        "ex = Extractor()\n"
        "sys.stdout.write('\\n'.join(ex.extract(p.name, p.text).model_dump_json() for p in pages))\n"
    )
    env = {**os.environ, "UNIONKG_NATIVE": "0"}
    pure = subprocess.run(
        [sys.executable, "-c", script, str(REPO / "seeds"), str(REPO / "tests" / "articles")],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    ).stdout
    assert len(pages) >= 20
    assert _dump(pages) == pure
