"""Structures of real reports (our own sentences): committees of people's congresses, party
departments, counted lists of honourees, an honour named twice, titles that hold 全总."""

from __future__ import annotations

import pytest

from extract.models import DocResult
from extract.pipeline import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _read(extractor: Extractor, text: str) -> tuple[dict[str, str], set[tuple[str, str, str]]]:
    result: DocResult = extractor.extract("t.txt", "本报讯 " + text + "\n")
    names = {e.id: e.name for e in result.entities}
    types = {e.name: e.type for e in result.entities}
    return types, {(r.type, names[r.source], names[r.target]) for r in result.relations}


def test_a_congress_committee_and_a_union_led_by_one_person(extractor: Extractor) -> None:
    types, rels = _read(extractor, "甘肃省人大常委会副主任、省总工会主席江海平出席会议并讲话。")
    assert types.get("甘肃省人大常委会") == "Organisation"
    assert ("LEADS", "江海平", "甘肃省人大常委会") in rels
    assert ("LEADS", "江海平", "甘肃省总工会") in rels


def test_party_departments_and_foundations_are_organisations(extractor: Extractor) -> None:
    types, _ = _read(extractor, "活动由青川市委宣传部、青川市温馨基金会和青川市工商业联合会共同主办。")
    assert types.get("青川市委宣传部") == "Organisation"
    assert types.get("青川市温馨基金会") == "Organisation"
    assert types.get("青川市工商业联合会") == "Organisation"


def test_a_count_after_listed_rows_names_the_honourees(extractor: Extractor) -> None:
    _, rels = _read(
        extractor,
        "青川市恒远机械有限公司高级技师王立群,青川市第一人民医院主任医师赵文静,"
        "青川市顺和物流有限公司驾驶员刘海涛3人被评为“青川工匠”。",
    )
    for person in ("王立群", "赵文静", "刘海涛"):
        assert ("RECEIVED", person, "青川工匠") in rels


def test_a_count_that_is_not_the_rows_names_nobody(extractor: Extractor) -> None:
    _, rels = _read(extractor, "青川市恒远机械有限公司高级技师王立群介绍,全厂5人被评为“青川工匠”。")
    assert not any(t == "RECEIVED" and s == "王立群" for t, s, _ in rels)


def test_the_honour_named_again_after_the_verb_is_the_one_conferred(extractor: Extractor) -> None:
    _, rels = _read(extractor, "省总工会开展“湖东工匠”评选,青川市恒远机械有限公司高级技师王立群被评为“湖东工匠”。")
    assert ("RECEIVED", "王立群", "湖东工匠") in rels


def test_a_safety_director_is_not_the_national_federation(extractor: Extractor) -> None:
    types, _ = _read(extractor, "青川市恒远机械有限公司安全总监、高级技师王立群介绍了经验。")
    assert "中华全国总工会" not in types


def test_listed_deputies_with_notes_are_elected_to_the_body_named_before(extractor: Extractor) -> None:
    _, rels = _read(
        extractor,
        "会上,王立群当选青川市总工会主席,赵文静、刘海涛(挂职)、孙玉梅(兼职)当选副主席,周国华同志当选为经费审查委员会主任。",
    )
    assert ("LEADS", "王立群", "青川市总工会") in rels
    for person in ("赵文静", "刘海涛", "孙玉梅"):
        assert ("LEADS", person, "青川市总工会") in rels


def test_bodies_listed_before_a_hosting_verb_co_host_and_partner(extractor: Extractor) -> None:
    _, rels = _read(
        extractor,
        "近日,青川市第二届“匠心杯”焊接技能竞赛举行。本次焊接技能竞赛由青川市总工会、青川市人力资源和社会保障局、"
        "青川市工业和信息化局主办。",
    )
    hosts = {s for t, s, _ in rels if t == "HOSTED"}
    assert hosts == {"青川市总工会", "青川市人力资源和社会保障局", "青川市工业和信息化局"}
    assert ("PARTNERED_WITH", "青川市总工会", "青川市工业和信息化局") in rels or (
        "PARTNERED_WITH", "青川市工业和信息化局", "青川市总工会") in rels


def test_a_bare_city_body_in_a_municipality_is_the_municipality_s(extractor: Extractor) -> None:
    types, rels = _read(extractor, "重庆市总工会召开会议。市人大常委会副主任、市总工会主席江海平出席会议。")
    assert ("LEADS", "江海平", "重庆市人大常委会") in rels
    assert ("LEADS", "江海平", "重庆市总工会") in rels
