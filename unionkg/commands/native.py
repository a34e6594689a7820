"""``unionkg native build | status``: the mypyc-compiled extractor (:mod:`extract.compiled`)."""

from __future__ import annotations

import json
import os
import shutil
import sysconfig
import tempfile
import time
from pathlib import Path

import typer

from extract import compiled

app = typer.Typer(help="Compile the extractor with mypyc (used only while it matches the sources).", no_args_is_help=True)


@app.command()
def build(force: bool = typer.Option(False, "--force", help="Rebuild even when the build is current.")) -> None:
    """Compile extract/ into .native/ unless the build there is current (~2 min on 2 cores)."""
    typer.echo(build_native(force=force))


@app.command()
def status() -> None:
    """Say whether this process runs the compiled or the pure-Python extractor, and why."""
    typer.echo(compiled.status())


def build_native(force: bool = False, build_dir: Path = compiled.BUILD_DIR) -> str:
    """Compile the extractor into ``build_dir`` unless the build there is current; a line saying what happened."""
    wanted = compiled.fingerprint()
    manifest = compiled.read_manifest(build_dir)
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
    sources = compiled.compiled_sources()
    root = compiled.ROOT
    work = Path(tempfile.mkdtemp(prefix=".native-", dir=root))
    cwd = Path.cwd()
    try:
        os.chdir(root)  # mypy names modules by their path from here (extract/recognise/bodies.py → extract.recognise.bodies)
        extensions = mypycify(
            ["--ignore-missing-imports", *(str(p.relative_to(root)) for p in sources)],
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
        (out / compiled.MANIFEST).write_text(
            json.dumps(
                {
                    "fingerprint": wanted,
                    "modules": [compiled.module_name(p) for p in sources],
                    "built": time.strftime("%Y-%m-%dT%H:%M:%S"),
                }
            ),
            encoding="utf-8",
        )
        if build_dir.exists():
            shutil.rmtree(build_dir)
        out.rename(build_dir)
    finally:
        os.chdir(cwd)
        shutil.rmtree(work, ignore_errors=True)
    return f"compiled {len(sources)} extractor modules with mypyc in {time.monotonic() - started:.0f} s ({build_dir})"
