"""RECEIVED across sentences: honour headings with rows, 以上N人 (texts of our own)."""

from extract_helpers import extract_page, names_by_id


def _received(text: str) -> set[tuple[str, str]]:
    result = extract_page(text)
    names = names_by_id(result)
    return {(names[r.source], names[r.target]) for r in result.relations if r.type == "RECEIVED"}


def test_heading_gives_the_honour_to_each_row() -> None:
    text = (
        "本报讯 吉林省总工会表彰先进。\n\n吉林五一劳动奖状:\n\n长春恒达机械有限公司\n\n"
        "吉林恒通物流有限公司\n\n吉林五一劳动奖章:\n\n赵立新 长春恒达机械有限公司钳工\n\n此外,表彰大会在长春举行。\n"
    )
    rels = _received(text)
    assert ("长春恒达机械有限公司", "吉林五一劳动奖状") in rels
    assert ("吉林恒通物流有限公司", "吉林五一劳动奖状") in rels
    assert ("赵立新", "吉林五一劳动奖章") in rels


def test_above_n_people_received_the_honour() -> None:
    text = (
        "本报讯 获奖名单如下:\n\n一等奖:赵立新(长春恒达机械有限公司)\n\n"
        "二等奖:钱海涛(吉林恒通物流有限公司)\n\n以上两人同时获评“长春市技术能手”称号。\n"
    )
    rels = _received(text)
    assert ("赵立新", "长春市技术能手") in rels
    assert ("钱海涛", "长春市技术能手") in rels


def test_announcement_heading_with_note_line_and_bracketed_units() -> None:
    text = (
        "山西省总工会\n关于2024年山西五一劳动奖章获得者名单的公告\n\n(排名不分先后)\n\n"
        "郝建军(太原晋阳重工有限公司)\n\n白玉兰(女,大同云岗物流有限公司)\n\n此外,会议还部署了下一步工作。\n"
    )
    result = extract_page(text)
    names = names_by_id(result)
    labels = {e.name: e.type for e in result.entities}
    rels = {(r.type, names[r.source], names[r.target].removeprefix("2024年")) for r in result.relations}
    assert ("RECEIVED", "郝建军", "山西五一劳动奖章") in rels
    assert ("RECEIVED", "白玉兰", "山西五一劳动奖章") in rels
    assert ("WORKS_AT", "郝建军", "太原晋阳重工有限公司") in rels
    assert ("WORKS_AT", "白玉兰", "大同云岗物流有限公司") in rels
    assert labels.get("太原晋阳重工有限公司") == "Enterprise"
    assert not any(n.startswith("郝建军") and n != "郝建军" for n in labels)


def test_anaphoric_holder_is_the_last_person_named() -> None:
    text = "本报讯 在太原晋阳重工有限公司车间,焊工郝建军正在作业。这位有着二十年工龄的老师傅,去年还获得太原市劳动模范称号。\n"
    assert ("郝建军", "太原市劳动模范") in _received(text)


def _relations(text: str, rel_type: str) -> set[tuple[str, str]]:
    result = extract_page(text)
    names = names_by_id(result)
    return {(names[r.source], names[r.target]) for r in result.relations if r.type == rel_type}


_NUMBERED = (
    "本报讯 某市总工会印发表彰决定。\n\n一、南平市五一劳动奖状（2个）\n南平恒远机械有限公司\n南平市建阳区人民医院\n\n"
    "二、南平市五一劳动奖章（2名）\n吴　斌　南平通达运输有限公司驾驶员\n练秀英（女，畲族）　南平恒远机械有限公司技术员\n"
)


def test_numbered_heading_with_a_count_gives_the_honour_to_each_row() -> None:
    rels = _received(_NUMBERED)
    assert ("南平恒远机械有限公司", "南平市五一劳动奖状") in rels
    assert ("南平市建阳区人民医院", "南平市五一劳动奖状") in rels
    assert ("练秀英", "南平市五一劳动奖章") in rels
    assert ("吴斌", "南平市五一劳动奖章") in rels


def test_rows_with_sex_and_ethnic_group_or_a_spaced_name_give_the_workplace() -> None:
    works = _relations(_NUMBERED, "WORKS_AT")
    assert ("练秀英", "南平恒远机械有限公司") in works
    assert ("吴斌", "南平通达运输有限公司") in works


def test_a_count_line_without_an_honour_is_no_heading() -> None:
    text = "本报讯 活动分三组进行。\n\n一、参赛企业（2家）\n南平恒远机械有限公司\n南平通达运输有限公司\n"
    assert not _received(text)


def test_bare_honour_line_heads_its_rows() -> None:
    text = (
        "本报讯 近日，某省表彰一批先进。\n\n省五一劳动奖状\n山南恒安电力有限公司\n\n"
        "省五一劳动奖章\n洛桑旺青　林芝鑫达建材有限公司电工\n\n据悉，表彰大会将于下月举行。\n"
    )
    rels = _received(text)
    assert ("山南恒安电力有限公司", "省五一劳动奖状") in rels
    assert ("洛桑旺青", "省五一劳动奖章") in rels


def test_counted_recipients_leave_the_announcer_out() -> None:
    text = "本报讯 近日，江苏省总工会公布表彰结果，全市12名职工获江苏省五一劳动奖章，3个集体获江苏省工人先锋号。\n"
    assert not any(holder == "江苏省总工会" for holder, _ in _received(text))
