"""Resolution within a page."""

from extract_helpers import aliases_by_name, extract_page

from extract.resources.geo import lookup_region, region_chain


def test_quanzong_resolves_to_the_national_federation() -> None:
    names = aliases_by_name(extract_page("本报讯 近日,全总发布通知,四川省总工会积极响应。"))
    assert "中华全国总工会" in names


def test_bare_city_federation_resolves_from_context() -> None:
    names = aliases_by_name(extract_page("本报讯 近日,郑州市金水区总工会召开会议,传达市总工会会议精神。"))
    assert "郑州市总工会" in names
    assert "市总工会" not in names
    assert all("市总工会" != a for aliases in names.values() for a in aliases)


def test_place_prefix_completion_and_aliases() -> None:
    names = aliases_by_name(extract_page("本报讯 大连金州职工到沈阳休养。金州区总工会表示欢迎,金州工会将继续服务。"))
    assert "大连市金州区总工会" in names
    assert "金州区总工会" in names["大连市金州区总工会"]


def test_prefix_is_only_what_the_article_writes_before_the_place() -> None:
    # 辽宁 is named, but never written before 大连: no 辽宁省大连市总工会 (gold/REVIEW rule 3)
    names = aliases_by_name(extract_page("本报讯 辽宁工会学院开班。大连市总工会主席到会,市总工会将继续支持。"))
    assert "大连市总工会" in names
    assert "辽宁省大连市总工会" not in names


def test_prefix_chain_links_written_pairs() -> None:
    names = aliases_by_name(extract_page("本报讯 甘肃省兰州市总工会与兰州市城关区总工会共同开展活动。"))
    assert "甘肃省兰州市城关区总工会" in names


def test_bare_street_union_is_the_one_named_before() -> None:
    names = aliases_by_name(extract_page("本报讯 广州市天河区石牌街道总工会成立服务站。街道总工会还开展培训。"))
    assert "广州市天河区石牌街道总工会" in names
    assert "街道总工会" not in names


def test_region_chain_and_short_names() -> None:
    wuxi = lookup_region("无锡")[0]
    assert wuxi.name == "无锡市" and wuxi.level == "city"
    chain = region_chain(lookup_region("梁溪")[0].code)
    assert [r.name for r in chain] == ["梁溪区", "无锡市", "江苏省"]
    assert chain[0].parent_code == chain[1].code and chain[-1].parent_code is None


def test_bare_level_form_takes_the_nearest_place_written_before() -> None:
    names = aliases_by_name(extract_page("本报讯 会上,兰州市总工会通报情况。白银市靖远县总工会介绍经验,县总工会将继续推进。"))
    assert "白银市靖远县总工会" in names and "兰州市总工会" in names
    assert len([n for n in names if n.endswith("县总工会")]) == 1


def test_chain_stops_at_a_place_outside_the_one_before() -> None:
    # 玉林 is a city elsewhere; inside 武侯区 it is the street's name
    names = aliases_by_name(extract_page("本报讯 成都市武侯区玉林街道总工会开展活动。"))
    assert "成都市武侯区玉林街道总工会" in names


def test_enterprise_bodies_keep_the_enterprise_name() -> None:
    names = aliases_by_name(extract_page("本报讯 昆明官渡物流发展有限公司党委和昆明官渡物流发展有限公司工会联合开展活动。"))
    assert "昆明官渡物流发展有限公司党委" in names and "昆明官渡物流发展有限公司工会" in names


def test_committee_form_is_the_union_itself() -> None:
    names = aliases_by_name(extract_page("本报讯 甘肃省建设工会委员会召开全委会。甘肃省建设工会表示将继续推进。"))
    assert "甘肃省建设工会" in names and "甘肃省建设工会委员会" not in names


def test_corps_is_a_province_level_unit() -> None:
    result = extract_page("本报讯 兵团工会召开会议,全总有关负责人出席。新疆兵团工会表示将继续推进。")
    names = {e.name for e in result.entities}
    assert "新疆生产建设兵团总工会" in names and "兵团工会" not in names
    part_of = {(r.source, r.target) for r in result.relations if r.type == "PART_OF"}
    ids = {e.name: e.id for e in result.entities}
    assert (ids["新疆生产建设兵团总工会"], ids["中华全国总工会"]) in part_of


def test_every_district_is_a_class_not_a_body() -> None:
    names = aliases_by_name(extract_page("本报讯 西安市雁塔区总工会召开会议,各区产业局将加强保障。"))
    assert not any(n.endswith("产业局") for n in names)


def test_short_department_suffix_joins_the_full_name_on_the_page() -> None:

    text = "本报讯 近日，汉中市汉台区总工会联合汉台区人力资源和社会保障局举办招聘会。区人社局还将开展技能培训。\n"
    orgs = [e for e in extract_page(text).entities if e.type == "Organisation"]
    assert len(orgs) == 1 and orgs[0].name.endswith("汉台区人力资源和社会保障局")


def test_short_department_suffix_alone_keeps_the_text_form() -> None:

    text = "本报讯 近日，汉中市汉台区总工会联合汉台区人社局举办招聘会。\n"
    orgs = [e.name for e in extract_page(text).entities if e.type == "Organisation"]
    assert orgs and all(n.endswith("人社局") for n in orgs)
