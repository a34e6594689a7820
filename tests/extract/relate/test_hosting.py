"""HOSTED by clause and the partnerships of joint hosting (REVIEW rule 8), texts of our own."""

from extract_helpers import extract_page, named_rels


def test_body_linked_by_joint_cue_is_co_host_and_partner() -> None:
    rels = named_rels(extract_page("本报讯 近日,江西省总工会联合江西省人力资源和社会保障厅启动“赣鄱工匠”培育行动。"))
    assert ("HOSTED", "江西省总工会", "赣鄱工匠培育行动", "co-host") in rels
    assert ("HOSTED", "江西省人力资源和社会保障厅", "赣鄱工匠培育行动", "co-host") in rels
    assert any(t == "PARTNERED_WITH" for t, *_ in rels)


def test_host_and_undertaker_are_not_partners() -> None:
    rels = named_rels(extract_page("本报讯 由贵阳市总工会主办、贵阳恒通机械有限公司承办的“筑城杯”焊工大赛落幕。"))
    assert ("HOSTED", "贵阳市总工会", "筑城杯焊工大赛", "host") in rels
    assert ("HOSTED", "贵阳恒通机械有限公司", "筑城杯焊工大赛", "undertaker") in rels
    assert not any(t == "PARTNERED_WITH" for t, *_ in rels)


def test_participants_do_not_host() -> None:
    rels = named_rels(extract_page("本报讯 昆明恒达物流有限公司组织职工参加“春城工匠”技能大赛。"))
    assert not any(t == "HOSTED" for t, *_ in rels)


def test_union_of_an_enterprise_hosts_not_the_enterprise() -> None:
    rels = named_rels(extract_page("本报讯 近日,兰州恒达机械有限公司工会开展“金城师傅”带徒活动。"))
    assert ("HOSTED", "兰州恒达机械有限公司工会", "金城师傅带徒活动", None) in rels
    assert not any(t == "HOSTED" and s == "兰州恒达机械有限公司" for t, s, *_ in rels)


def test_body_in_another_sentence_part_without_host_verb_does_not_host() -> None:
    rels = named_rels(extract_page("本报讯 太原市总工会表示,职工对“龙城驿站”十分满意。"))
    assert not any(t == "HOSTED" and s == "太原市总工会" for t, s, *_ in rels)


def test_traditional_text_host_verb() -> None:
    rels = named_rels(extract_page("本报讯 近日,长春市总工会啟動“春城工匠”培育工程。"))
    assert any(t == "HOSTED" for t, *_ in rels)


def test_bodies_listed_after_a_joint_cue_are_all_partners_and_co_hosts() -> None:
    rels = named_rels(extract_page("本报讯 桐庐县总工会会同县财政局、审计局等部门,深化“暖心驿站”活动。"))
    partners = {frozenset((s, o)) for t, s, o, _ in rels if t == "PARTNERED_WITH"}
    hosts = {s for t, s, *_ in rels if t == "HOSTED"}
    assert frozenset(("桐庐县总工会", "桐庐县审计局")) in partners
    assert {"桐庐县总工会", "桐庐县财政局", "桐庐县审计局"} <= hosts


def test_a_place_as_subject_does_not_hand_the_programme_to_the_article_subject() -> None:
    text = "本报讯 近日，青海省总工会召开全委会议。\n甘肃启动“陇原匠心”主题活动。\n"
    rels = named_rels(extract_page(text))
    assert not any(t == "HOSTED" and src == "青海省总工会" for t, src, *_ in rels)


def test_subjectless_host_verb_still_goes_to_the_article_subject() -> None:
    rels = named_rels(extract_page("本报讯 近日，青海省总工会召开全委会议。会议要求，今年要深入开展“高原匠心”主题活动。\n"))
    assert ("HOSTED", "青海省总工会", "高原匠心主题活动", None) in rels
