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
        "青川市恒远机械有限公司高级技师王立群,青川市第一人民医院主任医师赵文静,青川市顺和物流有限公司驾驶员刘海涛3人被评为“青川工匠”。",
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
        "近日,青川市第二届“匠心杯”焊接技能竞赛举行。本次焊接技能竞赛由青川市总工会、青川市人力资源和社会保障局、青川市工业和信息化局主办。",
    )
    hosts = {s for t, s, _ in rels if t == "HOSTED"}
    assert hosts == {"青川市总工会", "青川市人力资源和社会保障局", "青川市工业和信息化局"}
    assert ("PARTNERED_WITH", "青川市总工会", "青川市工业和信息化局") in rels or (
        "PARTNERED_WITH",
        "青川市工业和信息化局",
        "青川市总工会",
    ) in rels


def test_a_bare_city_body_in_a_municipality_is_the_municipality_s(extractor: Extractor) -> None:
    types, rels = _read(extractor, "重庆市总工会召开会议。市人大常委会副主任、市总工会主席江海平出席会议。")
    assert ("LEADS", "江海平", "重庆市人大常委会") in rels
    assert ("LEADS", "江海平", "重庆市总工会") in rels


def test_qualified_honours_are_awards_and_bare_ones_are_not(extractor: Extractor) -> None:
    types, rels = _read(
        extractor,
        "青川市恒远机械有限公司高级技师王立群荣获甘肃省金牌职工称号,青川市总工会获得优秀组织奖。大家都想得到奖章。",
    )
    assert types.get("甘肃省金牌职工") == "Award"
    assert ("RECEIVED", "王立群", "甘肃省金牌职工") in rels
    assert types.get("优秀组织奖") == "Award"
    assert "奖章" not in types


def test_professional_titles_are_jobs_not_offices(extractor: Extractor) -> None:
    _, rels = _read(
        extractor,
        "兰州市人民医院副主任医师赵文静,青川市恒远机械有限公司首席专家、高级技师王立群被评为“青川工匠”。",
    )
    assert ("WORKS_AT", "赵文静", "兰州市人民医院") in rels
    assert ("LEADS", "赵文静", "兰州市人民医院") not in rels
    assert ("WORKS_AT", "王立群", "青川市恒远机械有限公司") in rels


def test_a_bare_intermediate_court_is_the_city_s(extractor: Extractor) -> None:
    types, _ = _read(extractor, "兰州市总工会与兰州市中级人民法院签署协议。市中级法院院长赵文静出席。")
    assert "市中级法院" not in types
    assert types.get("兰州市中级人民法院") == "Organisation"


def test_a_short_place_form_joins_the_full_one(extractor: Extractor) -> None:
    types, _ = _read(extractor, "兰州市高新区总工会今天成立。兰州高新区总工会将服务园区职工。")
    unions = {n for n, t in types.items() if t == "Union"}
    assert "兰州市高新区总工会" in unions and "兰州高新区总工会" not in unions


def test_a_bare_level_union_is_that_place_s_federation(extractor: Extractor) -> None:
    types, _ = _read(extractor, "甘肃省总工会召开全委会。省工会第十次代表大会将于明年召开。")
    assert "甘肃省工会" not in types


def test_bare_level_forms_are_never_aliases(extractor: Extractor) -> None:
    result = extractor.extract(
        "t.txt", "本报讯 甘肃省总工会召开会议。省总主席江海平说,总工会将服务职工。兰州市城关区政府、区政府办公室参加。\n"
    )
    aliases = {a for e in result.entities for a in e.aliases}
    assert not aliases & {"省总", "总工会", "区政府", "市总"}


def test_a_declared_short_form_named_alone_is_the_same_node(extractor: Extractor) -> None:
    result = extractor.extract(
        "t.txt",
        "甘肃联通工会慰问一线职工\n本报讯 中国联合网络通信有限公司甘肃省分公司(简称甘肃联通)工会迅速行动,开展慰问活动。"
        "据甘肃联通工会副主席江海平介绍,工会下拨专项资金20万元。\n",
    )
    unions = [e for e in result.entities if e.type == "Union"]
    assert len(unions) == 1 and unions[0].name.endswith("有限公司甘肃省分公司工会")
    assert "甘肃联通工会" in unions[0].aliases


def test_a_development_zone_union_is_its_own_body(extractor: Extractor) -> None:
    types, rels = _read(
        extractor,
        "兰州市高新区总工会成立。会上,王立群当选高新区总工会主席,赵文静、刘海涛(兼职)当选副主席。这标志着高新区工会工作进入新阶段。",
    )
    assert ("LEADS", "王立群", "兰州市高新区总工会") in rels
    assert ("LEADS", "赵文静", "兰州市高新区总工会") in rels
    assert not [n for n, t in types.items() if t == "Union" and n != "兰州市高新区总工会" and "高新区" in n]


def test_honourees_listed_after_including_carry_the_conferrer(extractor: Extractor) -> None:
    result = extractor.extract(
        "t.txt", "本报讯 近日,兰州市城关区总工会表彰命名了首批“城关工匠”,包括高级工程师王立群、工程师赵文静等6人。\n"
    )
    names = {e.id: e.name for e in result.entities}
    received = {(names[r.source], names.get(r.conferred_by or "")) for r in result.relations if r.type == "RECEIVED"}
    assert received == {("王立群", "兰州市城关区总工会"), ("赵文静", "兰州市城关区总工会")}


def test_unnamed_honourees_do_not_make_the_subject_a_recipient(extractor: Extractor) -> None:
    _, rels = _read(
        extractor,
        "近日,甘肃省总工会启动“模范职工之家结对共建”活动,选取部分获得全国“模范职工之家”荣誉称号的基层工会结对帮扶。",
    )
    assert not [r for r in rels if r[0] == "RECEIVED"]


def test_a_manner_is_not_a_programme(extractor: Extractor) -> None:
    types, _ = _read(extractor, "甘肃省总工会等承办单位以“云端接力”形式寄语活动启动仪式。")
    assert not [n for n, t in types.items() if t == "Programme" and "形式" in n]


def test_a_programme_named_after_its_owner_is_the_owner_s(extractor: Extractor) -> None:
    _, rels = _read(extractor, "这是兰州市总工会落实甘肃省总工会“大抓基层”集中行动的缩影。")
    hosts = {s for t, s, _ in rels if t == "HOSTED"}
    assert hosts == {"甘肃省总工会"}


def test_a_unit_named_after_its_company_is_the_fullest_name(extractor: Extractor) -> None:
    types, rels = _read(extractor, "青川能源集团有限公司柳溪煤矿安全总监、高级技师罗振东被评为“青川工匠”。")
    assert types.get("青川能源集团有限公司柳溪煤矿") == "Enterprise"
    assert "青川能源集团有限公司" not in types
    assert ("WORKS_AT", "罗振东", "青川能源集团有限公司柳溪煤矿") in rels


def test_a_union_department_is_an_organisation_and_the_union_stays(extractor: Extractor) -> None:
    types, rels = _read(extractor, "青川市总工会宣教文体部部长韩晓梅出席活动。")
    assert types.get("青川市总工会宣教文体部") == "Organisation"
    assert types.get("青川市总工会") == "Union"
    assert ("LEADS", "韩晓梅", "青川市总工会宣教文体部") in rels


@pytest.mark.parametrize(
    "sentence",
    [
        "青川市总工会将该工作室命名为示范点。",  # a verb after the body: a clause, not a unit
        "青川能源集团有限公司党支部书记罗振东讲话。",  # a party branch
        "青川能源集团有限公司领导干部参加学习。",  # cadres
    ],
)
def test_no_unit_is_read_from_a_clause(extractor: Extractor, sentence: str) -> None:
    types, _ = _read(extractor, sentence)
    assert not [name for name, label in types.items() if name.endswith(("工作室", "支部", "干部"))]


def test_an_honour_heading_a_persons_titles_is_theirs(extractor: Extractor) -> None:
    _, rels = _read(extractor, "会议在青川举行。全国劳动模范、青川公交集团有限公司驾驶员罗振东作为先进代表发言。")
    assert ("RECEIVED", "罗振东", "全国劳动模范") in rels
    assert ("WORKS_AT", "罗振东", "青川公交集团有限公司") in rels


def test_an_honoured_unit_before_its_leader_is_the_recipient(extractor: Extractor) -> None:
    _, rels = _read(extractor, "会议在青川举行。全国五一劳动奖状获奖单位、青川新材料股份有限公司董事长韩晓梅发言。")
    assert ("RECEIVED", "青川新材料股份有限公司", "全国五一劳动奖状") in rels
    assert not [r for r in rels if r[0] == "RECEIVED" and r[1] == "韩晓梅"]


def test_honours_in_a_relative_clause_go_to_the_person_after_it(extractor: Extractor) -> None:
    _, rels = _read(extractor, "青川市总工会走访了荣获全国五一劳动奖章、青川“金牌工人”的柳溪采油厂罗振东。")
    assert ("RECEIVED", "罗振东", "全国五一劳动奖章") in rels
    assert not [r for r in rels if r[0] == "RECEIVED" and r[1] == "青川市总工会"]


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("经过层层推荐,我市青川水务局柳溪供水站站长罗振东获评“青川工匠”。", "青川水务局"),
        ("本省青川能源集团有限公司总经理韩晓梅出席。", "青川能源集团有限公司"),
    ],
)
def test_the_writers_own_place_is_no_part_of_a_name(extractor: Extractor, sentence: str, body: str) -> None:
    types, _ = _read(extractor, sentence)
    assert body in types
    assert not [name for name in types if name.startswith(("市", "省", "我", "本"))]


@pytest.mark.parametrize(
    "sentence",
    [
        "成都市武侯区总工会积极联动成都市武侯区人民法院开展普法活动。",
        "成都市武侯区温暖基金会联合成都市交通运输工会,来到车站慰问职工。",
        "该卡由成都市武侯区总工会与成都农商银行武侯支行联手打造。",
    ],
)
def test_a_verb_of_joint_action_between_two_bodies_is_a_partnership(extractor: Extractor, sentence: str) -> None:
    types, rels = _read(extractor, sentence)
    assert [r for r in rels if r[0] == "PARTNERED_WITH"], (types, rels)
    assert len([name for name, label in types.items() if label != "Person"]) == 2  # no body runs over the verb


@pytest.mark.parametrize(
    "sentence",
    [
        "由成都市总工会主办的第二届成都市工匠杯职业技能竞赛在武侯区开幕。",
        "成都市总工会举办第二届成都市工匠杯职业技能竞赛开幕式。",
    ],
)
def test_an_event_named_after_the_verb_that_states_its_host(extractor: Extractor, sentence: str) -> None:
    types, rels = _read(extractor, sentence)
    assert types.get("第二届成都市工匠杯职业技能竞赛") == "Programme"
    assert ("HOSTED", "成都市总工会", "第二届成都市工匠杯职业技能竞赛") in rels


def test_work_done_is_no_programme(extractor: Extractor) -> None:
    types, _ = _read(extractor, "成都市总工会开展的职工文化交流合作活动在全市展开。")
    assert "Programme" not in types.values()


def test_a_province_whose_name_opens_on_a_numeral_names_its_bodies(extractor: Extractor) -> None:
    types, rels = _read(extractor, "四川省人大常委会副主任、四川省总工会主席罗振东到成都调研。")
    assert types.get("四川省人大常委会") == "Organisation"
    assert ("LEADS", "罗振东", "四川省人大常委会") in rels


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        ("成都天府酒店与成都市总工会签订协议。", "成都天府酒店", "成都市总工会"),
        ("该卡由成都市总工会与中国农业银行成都分行联手打造。", "成都市总工会", "中国农业银行成都分行"),
    ],
)
def test_a_conjunction_before_a_place_or_national_name_ends_a_body(extractor: Extractor, sentence: str, first: str, second: str) -> None:
    types, _ = _read(extractor, sentence)
    assert second in types
    assert not [name for name in types if "与" in name]
