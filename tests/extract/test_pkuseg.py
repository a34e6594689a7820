"""The pkuseg segmenter path, with a tiny model trained here."""

from pathlib import Path

import spacy_pkuseg

from core.settings import Settings
from extract.pipeline import Extractor

TRAIN = [
    "成都市 总工会 开展 职工 技能 大赛 。",
    "广州市 总工会 党组 书记 刘 某某 出席 活动 。",
    "职工 素质 提升 工程 深入 实施 。",
    "沈阳市 总工会 联合 人社局 举办 培训 。",
]
ARTICLE = "本报讯 近日,成都市总工会党组书记、主席 刘某某表示,将深入实施职工素质提升工程。"


def _train(tmp_path: Path) -> Path:
    train = tmp_path / "train.txt"
    train.write_text("\n".join(TRAIN * 5) + "\n", encoding="utf-8")
    model = tmp_path / "model"
    model.mkdir()
    spacy_pkuseg.train(str(train), str(train), str(model), train_iter=2)
    return model


def _summary(extractor: Extractor) -> tuple[set[tuple[str, str]], set[str]]:
    result = extractor.extract("t.txt", ARTICLE)
    return {(e.type, e.name) for e in result.entities}, {r.type for r in result.relations}


def test_pkuseg_pipeline_gets_the_same_entities(tmp_path: Path) -> None:
    model = _train(tmp_path)
    pku = Extractor(Settings(pkuseg_model=model))
    assert pku.nlp.tokenizer.segmenter == "pkuseg"  # type: ignore[attr-defined]
    assert _summary(pku) == _summary(Extractor())
    assert ("Union", "成都市总工会") in _summary(pku)[0]
