"""``unionkg extract``: JSON Lines on stdout, errors on stderr, non-zero exit on bad inputs."""

import json
from pathlib import Path

from typer.testing import CliRunner

from unionkg.cli import app


def test_one_json_line_per_file_and_bad_input_reported(tmp_path: Path) -> None:
    good = tmp_path / "a.txt"
    good.write_text("本报讯 近日,杭州市总工会召开会议。", encoding="utf-8")
    empty = tmp_path / "b.txt"
    empty.write_bytes(b"")
    result = CliRunner().invoke(app, ["extract", str(good), str(empty)])
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [line["doc"] for line in lines] == ["a.txt"]
    assert any(e["name"] == "杭州市总工会" for e in lines[0]["entities"])
    assert "b.txt" in result.stderr


def test_all_good_inputs_exit_zero(tmp_path: Path) -> None:
    good = tmp_path / "a.txt"
    good.write_text("本报讯 近日,杭州市总工会召开会议。", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(good)])
    assert result.exit_code == 0
