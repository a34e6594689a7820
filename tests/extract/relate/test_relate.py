"""Relations with their properties, PART_OF by geography, deterministic ids."""

from extract_helpers import extract_page, named_rels

from extract.assemble.ids import entity_id
from extract.pipeline import Extractor


def test_leads_with_title() -> None:
    rels = named_rels(extract_page("本报讯 近日,长沙市总工会党组书记、主席 刘某某出席活动。"))
    assert ("LEADS", "刘某某", "长沙市总工会", "党组书记、主席") in rels


def test_works_at_with_role() -> None:
    rels = named_rels(extract_page("本报讯 近日,“服务很贴心。”广州恒达物流有限公司驾驶员陈某某说。"))
    assert ("WORKS_AT", "陈某某", "广州恒达物流有限公司", "驾驶员") in rels


def test_joint_hosting_gives_co_hosts_and_partnership() -> None:
    result = extract_page("本报讯 近日,由河南省总工会、河南省人力资源和社会保障厅联合主办的“中原工匠”技能大赛开幕。")
    rels = named_rels(result)
    assert ("HOSTED", "河南省总工会", "中原工匠技能大赛", "co-host") in rels
    assert ("HOSTED", "河南省人力资源和社会保障厅", "中原工匠技能大赛", "co-host") in rels
    assert any(t == "PARTNERED_WITH" for t, *_ in rels)


def test_subject_union_hosts_programmes_without_explicit_subject() -> None:
    rels = named_rels(extract_page("本报讯 今年以来,成都市总工会聚焦职工需求。深入实施职工素质提升工程。"))
    assert ("HOSTED", "成都市总工会", "职工素质提升工程", None) in rels


def test_agreement_title_on_partnership() -> None:
    rels = named_rels(extract_page("本报讯 近日,大连市总工会与沈阳市总工会签订《合作框架协议》。"))
    assert ("PARTNERED_WITH", "大连市总工会", "沈阳市总工会", "合作框架协议") in rels


def test_received_with_year_and_conferrer() -> None:
    result = extract_page("本报讯 近日,成都恒兴机械有限公司工会被中华全国总工会授予2023年度“全国模范职工之家”称号。")
    rel = next(r for r in result.relations if r.type == "RECEIVED")
    assert rel.conferred_by == entity_id("Union", "中华全国总工会")


def test_part_of_only_to_the_direct_parent() -> None:
    text = "本报讯 近日,四川省总工会、成都市总工会和成都市武侯区总工会开展活动,全总表示肯定。"
    rels = {(t, s, o) for t, s, o, _ in named_rels(extract_page(text)) if t == "PART_OF"}
    # names take the place prefix the article writes before the place (gold/REVIEW rule 3):
    # 成都市武侯区 is written, 四川省 is never written before 成都
    assert ("PART_OF", "成都市武侯区总工会", "成都市总工会") in rels
    assert ("PART_OF", "成都市总工会", "四川省总工会") in rels
    assert ("PART_OF", "四川省总工会", "中华全国总工会") in rels
    assert ("PART_OF", "成都市武侯区总工会", "四川省总工会") not in rels


def test_part_of_never_skips_a_missing_level() -> None:
    rels = named_rels(extract_page("本报讯 近日,成都市武侯区总工会与四川省总工会座谈。"))
    assert not any(t == "PART_OF" and s.startswith("成都市武侯区") for t, s, *_ in rels)


def test_ids_are_deterministic_across_runs_and_files() -> None:
    a = Extractor().extract("a.txt", "本报讯 近日,西安市总工会召开会议。")
    b = Extractor().extract("b.txt", "本报讯 今年,西安市总工会发布通知。")
    ids_a = {e.name: e.id for e in a.entities}
    ids_b = {e.name: e.id for e in b.entities}
    assert ids_a["西安市总工会"] == ids_b["西安市总工会"] == entity_id("Union", "西安市总工会")
    assert entity_id("Union", "西安市总工会").startswith("union-")


def test_town_union_without_its_county_sits_in_the_article_county() -> None:
    text = "本报讯 近日,桂林市阳朔县总工会召开会议。白沙镇总工会联合白沙镇人民政府开展“巧手进村”培训活动。\n"
    rels = named_rels(extract_page(text))
    assert ("PART_OF", "白沙镇总工会", "桂林市阳朔县总工会", None) in rels
    assert any(t == "HOSTED" and s == "白沙镇人民政府" for t, s, *_ in rels)


def test_town_union_with_two_counties_in_its_article_gets_no_parent() -> None:
    text = "本报讯 近日,桂林市阳朔县总工会和桂林市灵川县总工会召开会议,白沙镇总工会作交流发言。\n"
    assert not any(t == "PART_OF" and s == "白沙镇总工会" for t, s, *_ in named_rels(extract_page(text)))
