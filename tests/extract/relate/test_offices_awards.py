"""LEADS, WORKS_AT and RECEIVED sentence rules (texts of our own, other provinces)."""

from extract_helpers import extract_page, named_rels


def test_election_gives_leads_with_the_body_named_after_the_verb() -> None:
    rels = named_rels(extract_page("本报讯 近日,会议选举卢志远为桂林市总工会主席,选举贺红、邓建新为桂林市总工会副主席。"))
    assert ("LEADS", "卢志远", "桂林市总工会", "主席") in rels
    assert ("LEADS", "邓建新", "桂林市总工会", "副主席") in rels


def test_title_without_body_takes_the_body_named_earlier() -> None:
    rels = named_rels(extract_page("本报讯 唐明当选为南宁恒通机械有限公司工会主席,宁雪当选为副主席。"))
    assert ("LEADS", "宁雪", "南宁恒通机械有限公司工会", "副主席") in rels


def test_nested_body_gives_leads_to_the_union() -> None:
    rels = named_rels(extract_page("本报讯 近日,南宁恒通机械有限公司工会主席唐明介绍,工会将继续努力。"))
    assert ("LEADS", "唐明", "南宁恒通机械有限公司工会", "主席") in rels


def test_copula_and_list_row_give_works_at() -> None:
    rels = named_rels(extract_page("本报讯 近日,困难职工葛大海在家中收到救助金。葛大海是桂林恒达物流有限公司的一名货车司机。"))
    assert ("WORKS_AT", "葛大海", "桂林恒达物流有限公司", "货车司机") in rels


def test_conferring_verb_takes_the_recipient_after_it() -> None:
    rels = named_rels(extract_page("本报讯 近日,江西省总工会授予南昌恒通机械有限公司“江西五一劳动奖状”。"))
    assert ("RECEIVED", "南昌恒通机械有限公司", "江西五一劳动奖状", None) in rels
    assert not any(t == "RECEIVED" and s == "江西省总工会" for t, s, *_ in rels)


def test_honour_holder_before_the_person() -> None:
    rels = named_rels(extract_page("本报讯 全国五一劳动奖章获得者、南昌恒通机械有限公司技师石建国走进校园。"))
    assert ("RECEIVED", "石建国", "全国五一劳动奖章", None) in rels


def test_comma_after_honour_is_no_holder() -> None:
    rels = named_rels(extract_page("本报讯 5名职工获评南昌工匠,石建国光荣当选代表。"))
    assert not any(t == "RECEIVED" and s == "石建国" for t, s, *_ in rels)


def test_worker_in_a_scene_set_in_a_company_works_there() -> None:
    rels = named_rels(extract_page("本报讯 5月8日上午，在延安宝塔石化装备有限公司的装配车间里，焊接班技术员米某某正在调试设备。\n"))
    assert ("WORKS_AT", "米某某", "延安宝塔石化装备有限公司", "技术员") in rels


def test_worker_noun_in_a_company_scene_works_there_without_a_role() -> None:
    rels = named_rels(extract_page("本报讯 在铜川华原纺织有限公司织布车间里，回族姑娘马某某一边接线一边说笑。\n"))
    assert ("WORKS_AT", "马某某", "铜川华原纺织有限公司", None) in rels


def test_a_visitor_in_a_company_scene_does_not_work_there() -> None:
    rels = named_rels(extract_page("本报讯 在铜川华原纺织有限公司织布车间里，记者见到了前来调研的专家吕某某。\n"))
    assert not any(r[0] == "WORKS_AT" for r in rels)


def test_selection_qualifier_before_a_job_is_an_honour() -> None:
    rels = named_rels(extract_page("本报讯 去年，汉中顺丰速运有限公司快递员雷某某获评汉中市最美快递员。\n"))
    assert ("RECEIVED", "雷某某", "汉中市最美快递员", None) in rels


def test_qualifier_before_a_longer_word_is_not_a_job_honour() -> None:
    result = extract_page("本报讯 区总工会推进最美职工之家建设，覆盖百家企业。\n")
    assert not any(e.name.endswith("最美职工") for e in result.entities)


def test_bare_union_chained_after_a_party_committee_is_that_place_union() -> None:
    rels = named_rels(extract_page("本报讯 近日，西宁市城西区总工会召开会议。城西区委常委、总工会主席祁某某出席。\n"))
    assert ("LEADS", "祁某某", "西宁市城西区总工会", "主席") in rels
    assert ("LEADS", "祁某某", "西宁市城西区委", "常委") in rels
