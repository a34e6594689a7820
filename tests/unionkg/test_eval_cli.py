"""``unionkg eval`` scores predictions against gold and enforces thresholds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extract.models import DocResult
from unionkg.cli import app

ROOT = Path(__file__).resolve().parents[2]
GOLD = [
    {
        "doc": "a.txt",
        "entities": [
            {"type": "Union", "name": "成都市武侯区总工会", "aliases": ["武侯区总工会"]},
            {"type": "Person", "name": "张建国"},
            {"type": "Enterprise", "name": "四川蜀道集团"},
        ],
        "relations": [
            {"type": "LEADS", "source": "张建国", "target": "成都市武侯区总工会", "title": "主席"},
            {"type": "PARTNERED_WITH", "source": "成都市武侯区总工会", "target": "四川蜀道集团"},
        ],
        "ignore": ["李明"],
    },
    {"doc": "b.txt", "entities": [{"type": "Award", "name": "全国五一劳动奖章"}], "relations": []},
]
PREDICTIONS = [
    {
        "doc": "a.txt",
        "entities": [
            {"id": "u", "type": "Union", "name": "武侯区总工会"},
            {"id": "p", "type": "Person", "name": "张建国"},
            {"id": "j", "type": "Person", "name": "李明"},
            {"id": "o", "type": "Organisation", "name": "四川蜀道集团"},
        ],
        "relations": [{"type": "LEADS", "source": "p", "target": "u"}, {"type": "WORKS_AT", "source": "j", "target": "u"}],
    },
    {"doc": "b.txt", "entities": [{"id": "a", "type": "Award", "name": "全国五一劳动奖章"}]},
    {"doc": "c.txt", "entities": []},
]


def write_jsonl(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture()
def files(tmp_path: Path) -> tuple[str, str]:
    for row in PREDICTIONS:
        DocResult.model_validate(row)  # the fixture itself obeys the contract
    gold = write_jsonl(tmp_path / "gold.jsonl", GOLD)  # type: ignore[arg-type]
    predictions = write_jsonl(tmp_path / "pred.jsonl", PREDICTIONS)  # type: ignore[arg-type]
    return str(gold), str(predictions)


runner = CliRunner()


def test_json_report(files: tuple[str, str]) -> None:
    gold, predictions = files
    result = runner.invoke(app, ["eval", gold, "--predictions", predictions, "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    entities, relations = report["entities"], report["relations"]
    assert (entities["overall"]["tp"], entities["overall"]["fp"], entities["overall"]["fn"]) == (3, 1, 1)
    assert entities["by_type"]["Enterprise"]["fn"] == 1
    assert entities["by_type"]["Organisation"]["fp"] == 1
    assert (relations["overall"]["tp"], relations["overall"]["fp"], relations["overall"]["fn"]) == (1, 0, 1)
    assert relations["overall"]["precision"] == 1.0 and relations["overall"]["recall"] == 0.5
    assert [d["doc"] for d in report["docs"]] == ["a.txt", "b.txt"]
    assert report["unscored"] == ["c.txt"]
    assert "no gold line for c.txt" in result.stderr


def test_table_and_errors(files: tuple[str, str]) -> None:
    gold, predictions = files
    result = runner.invoke(app, ["eval", gold, "--predictions", predictions, "--errors"])
    assert result.exit_code == 0, result.output
    for text in (
        "Entities",
        "Relationships",
        "overall",
        "0.750",
        "FP entity   Organisation   四川蜀道集团",
        "FN relation PARTNERED_WITH 成都市武侯区总工会 → 四川蜀道集团",
    ):
        assert text in result.stdout
    assert "李明" not in result.stdout  # ignored, so never an error
    plain = runner.invoke(app, ["eval", gold, "--predictions", predictions])
    assert "FP entity" not in plain.stdout


@pytest.mark.parametrize(
    ("flags", "code", "message"),
    [
        (["--min-entity-f1", "0.75"], 0, ""),
        (["--min-entity-f1", "0.8"], 1, "entity F1 0.750 is below --min-entity-f1 0.800"),
        (["--min-relation-f1", "0.7"], 1, "relationship F1 0.667 is below --min-relation-f1 0.700"),
        (["--min-entity-f1", "0.5", "--min-relation-f1", "0.6"], 0, ""),
    ],
)
def test_thresholds(files: tuple[str, str], flags: list[str], code: int, message: str) -> None:
    gold, predictions = files
    result = runner.invoke(app, ["eval", gold, "--predictions", predictions, *flags])
    assert result.exit_code == code
    assert message in result.stderr


def test_paths_restrict_predictions(files: tuple[str, str], tmp_path: Path) -> None:
    gold, predictions = files
    (tmp_path / "b.txt").write_text("全国五一劳动奖章", encoding="utf-8")
    result = runner.invoke(app, ["eval", gold, str(tmp_path / "b.txt"), "--predictions", predictions, "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert [d["doc"] for d in report["docs"]] == ["b.txt"]
    assert report["entities"]["overall"]["f1"] == 1.0


@pytest.mark.parametrize(
    ("gold_text", "args", "message"),
    [
        ('{"doc": "a.txt", "entities": [{"type": "Place", "name": "x"}]}\n', ["--predictions", "PRED"], "gold.jsonl:1"),
        ('{"doc": "z.txt"}\n', ["--predictions", "PRED"], "nothing to score"),
        ('{"doc": "a.txt"}\n', [], "give source PATHs"),
        ('{"doc": "a.txt"}\n', ["--predictions", "missing.jsonl"], "missing.jsonl"),
    ],
)
def test_bad_inputs_exit_2(tmp_path: Path, files: tuple[str, str], gold_text: str, args: list[str], message: str) -> None:
    _, predictions = files
    gold = tmp_path / "gold.jsonl"
    gold.write_text(gold_text, encoding="utf-8")
    args = [predictions if a == "PRED" else a for a in args]
    result = runner.invoke(app, ["eval", str(gold), *args])
    assert result.exit_code == 2
    assert message in result.stderr


def test_runs_the_real_extractor_on_a_seed() -> None:
    pytest.importorskip("extract.pipeline")
    seed = ROOT / "seeds" / "000_da2f574a8710ab3e.txt"
    result = runner.invoke(app, ["eval", str(ROOT / "tests" / "gold" / "seeds.jsonl"), str(seed), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert [d["doc"] for d in report["docs"]] == [seed.name]
    assert report["entities"]["overall"]["tp"] > 0
