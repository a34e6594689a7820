"""The Extractor end to end on short pages from several provinces."""

from extract.models import DocResult
from extract.pipeline import Extractor

PAGE = """辽宁职工技能大赛启动

本报讯 (记者王某 通讯员李某)近日,沈阳市总工会举办“辽工匠心”职业技能大赛。沈阳市总工会党组书记、主席 赵某某表示,要让职工受益。

来源:《工人日报》

广东省总工会推进户外劳动者服务站建设

本报讯 (记者周某)今年以来,广东省总工会打造“粤工驿站”户外劳动者服务站。
"""


def test_result_shape_and_bylines_are_not_entities() -> None:
    result = Extractor().extract("p.txt", PAGE)
    assert isinstance(result, DocResult) and result.doc == "p.txt"
    assert len(result.articles) == 2
    names = {n for e in result.entities for n in [e.name, *e.aliases]}
    assert {"沈阳市总工会", "赵某某", "广东省总工会"} <= names
    assert not names & {"王某", "李某", "周某"}
    assert result.articles[0].bylines == ["王某", "李某"]


def test_every_relation_has_evidence_and_every_entity_mentions() -> None:
    result = Extractor().extract("p.txt", PAGE)
    from extract.text.normalise import normalise

    page = normalise(PAGE)
    for e in result.entities:
        assert e.mentions and all(page[m.start : m.end] == m.text for m in e.mentions)
    for r in result.relations:
        if r.type != "PART_OF":
            assert r.evidence and page[r.evidence[0].start : r.evidence[0].end] == r.evidence[0].sentence


def test_one_entity_per_body_per_page() -> None:
    result = Extractor().extract("p.txt", PAGE)
    names = [e.name for e in result.entities]
    assert len(names) == len(set(names))


def test_json_round_trip() -> None:
    result = Extractor().extract("p.txt", PAGE)
    assert DocResult.model_validate_json(result.model_dump_json()) == result


def test_renamed_county_union_keeps_the_text_form_and_its_parent() -> None:
    from extract.pipeline import Extractor

    out = Extractor().extract("x.txt", "本报讯 近日，宝鸡市总工会召开会议。凤翔区总工会主席段某某介绍，区总工会将开展帮扶。")
    names = {e.id: e.name for e in out.entities if e.type == "Union"}
    assert set(names.values()) == {"凤翔区总工会", "宝鸡市总工会"}
    links = {(names[r.source], names[r.target]) for r in out.relations if r.type == "PART_OF"}
    assert links == {("凤翔区总工会", "宝鸡市总工会")}


def test_an_entity_lists_each_mention_span_once() -> None:
    """A mention copied to another sentence as a relation's end (an honour heading over its rows) is one span."""
    page = "湖南省五一劳动奖章获得者名单\n\n二、湖南省五一劳动奖章\n张建国 湖南某某机械有限公司焊工\n李秀英 湖南某某电力有限公司检修工\n"
    result = Extractor().extract("awards.txt", page)
    for entity in result.entities:
        spans = [(m.article_id, m.start, m.end) for m in entity.mentions]
        assert len(spans) == len(set(spans)), entity.name
    assert any(r.type == "RECEIVED" for r in result.relations)
