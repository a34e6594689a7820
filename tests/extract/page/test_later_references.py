"""General recall gaps (texts of our own): relations a later sentence states about a body or programme named before,
committee lists after an election, 活动由X承办, 该公司, named studios, leagues and 研修班 classes."""

from extract_helpers import extract_page, named_rels


def test_a_standing_committee_list_leads_the_union_of_the_election() -> None:
    text = (
        "本报讯 6月3日,绵阳市涪城区总工会第九次代表大会闭幕。在九届一次全委会上,周明远当选区总工会主席,"
        "何晓芸当选副主席。当选常务委员会委员的有:何晓芸、罗志斌、周明远、唐玉洁。"
    )
    rels = named_rels(extract_page(text))
    union = "绵阳市涪城区总工会"
    assert ("LEADS", "罗志斌", union, "常务委员会委员") in rels
    assert ("LEADS", "唐玉洁", union, "常务委员会委员") in rels
    assert ("LEADS", "何晓芸", union, "副主席") in rels  # the higher office stands
    assert ("LEADS", "周明远", union, "主席") in rels


def test_a_short_committee_list_with_de_shi() -> None:
    text = "本报讯 日前,安顺市西秀区总工会召开全委会,选举潘立群为区总工会主席。当选常委的是潘立群、龙海燕。"
    rels = named_rels(extract_page(text))
    assert ("LEADS", "龙海燕", "安顺市西秀区总工会", "常委") in rels


def test_an_undertaker_and_co_host_named_in_a_later_sentence() -> None:
    text = "本报讯 5月6日,“匠心杯”数控技能大赛在柳州开幕。比赛由柳州恒信机械有限公司工会承办,柳州市技工学校协办。"
    rels = named_rels(extract_page(text))
    assert ("HOSTED", "柳州恒信机械有限公司工会", "匠心杯数控技能大赛", "undertaker") in rels
    assert ("HOSTED", "柳州市技工学校", "匠心杯数控技能大赛", "co-host") in rels


def test_gai_gongsi_is_the_company_named_before() -> None:
    text = (
        "本报讯 近日,九江恒瑞化工有限公司工会举办安全知识竞赛。该公司电工刘承志说,比赛让大家学到了真本领。"
        "该公司维修班班长邓海峰也参加了比赛。"
    )
    result = extract_page(text)
    rels = named_rels(extract_page(text))
    assert ("WORKS_AT", "刘承志", "九江恒瑞化工有限公司", "电工") in rels
    assert ("WORKS_AT", "邓海峰", "九江恒瑞化工有限公司", "维修班班长") in rels
    assert not any(t == "LEADS" for t, *_ in rels)
    assert not any("该公司" in e.aliases or e.name == "该公司" for e in result.entities)


def test_gai_danwei_traditional_is_the_organisation_named_before() -> None:
    text = "本報訊 近日，桂林市總工會走進桂林市第二人民醫院開展義診活動。該單位護士黃麗萍說，活動很受歡迎。"
    result = extract_page(text)
    names = {e.id: e.name for e in result.entities}
    works = {(names[r.source], names[r.target]) for r in result.relations if r.type == "WORKS_AT"}
    assert ("黄丽萍", "桂林市第二人民医院") in works


def test_a_named_studio_is_a_programme_hosted_by_the_body_that_built_it() -> None:
    text = (
        "本报讯 走进曲靖恒远电力设备有限公司,“金点子”职工创新工作室里摆满了改造样件。这个由公司工会2020年创建的工作室,已完成技术革新31项。"
    )
    result = extract_page(text)
    by_type = {(e.type, e.name) for e in result.entities}
    assert ("Programme", "金点子职工创新工作室") in by_type
    assert not any(t == "Award" for t, _ in by_type)
    rels = named_rels(extract_page(text))
    assert ("HOSTED", "曲靖恒远电力设备有限公司工会", "金点子职工创新工作室", None) in rels


def test_a_bare_studio_honour_stays_an_award() -> None:
    result = extract_page("本报讯 该工作室被命名为市级劳模创新工作室。")
    assert ("Award", "市级劳模创新工作室") in {(e.type, e.name) for e in result.entities}


def test_a_year_straight_before_a_verb_continues_the_broken_line() -> None:
    from extract.text.normalise import normalise

    body = "走进曲靖恒远电力设备有限公司,车间里摆满了改造样件,职工们正在调试设备。这个由公司工会\n2020年创建的工作室,已完成技术革新31项。"
    assert "这个由公司工会2020年创建的工作室" in normalise(body)
    page = "职工们正在调试设备,车间里摆满了改造样件,工作室已完成技术革新31项\n2020年,工作室又完成革新12项。"
    assert "\n2020年," in normalise(page)


def test_names_listed_before_an_election_verb_all_lead() -> None:
    text = "本报讯 日前,遵义市红花岗区总工会召开全委会,选举陈立新为区总工会主席,杨春燕、吴海波当选为副主席,罗成、田甜当选为常务委员会委员。"
    rels = named_rels(extract_page(text))
    union = "遵义市红花岗区总工会"
    assert {("LEADS", "杨春燕", union, "副主席"), ("LEADS", "吴海波", union, "副主席")} <= rels
    assert {("LEADS", "罗成", union, "常务委员会委员"), ("LEADS", "田甜", union, "常务委员会委员")} <= rels


def test_a_committee_roll_in_a_later_sentence_leads_the_union_named_before() -> None:
    text = "本报讯 日前,遵义市汇川区总工会召开全委会。会议选举产生了常务委员会,常务委员会委员名单如下:陈立新、杨春燕、吴海波。"
    rels = named_rels(extract_page(text))
    assert ("LEADS", "杨春燕", "遵义市汇川区总工会", "常务委员会委员") in rels


def test_a_league_and_a_training_class_after_a_host_verb_are_programmes() -> None:
    rels = named_rels(extract_page("本报讯 六盘水市总工会举办2025年职工乒乓球联赛,来自全市的200余名职工参赛。"))
    assert ("HOSTED", "六盘水市总工会", "职工乒乓球联赛", None) in rels
    rels = named_rels(extract_page("本报讯 六盘水市总工会开设数控技术研修班。"))
    assert ("HOSTED", "六盘水市总工会", "数控技术研修班", None) in rels


def test_bodies_running_the_programme_jointly_in_a_later_sentence() -> None:
    text = (
        "本报讯 近日,遵义市汇川区高坪街道总工会“高坪职工夜校”开课。"
        "据介绍,夜校由高坪街道总工会与遵义职业技术学院合作开办,已培训职工3000人次。"
    )
    rels = named_rels(extract_page(text))
    assert ("HOSTED", "遵义职业技术学院", "高坪职工夜校", "co-host") in rels
    assert ("HOSTED", "遵义市汇川区高坪街道总工会", "高坪职工夜校", "co-host") in rels
    assert any(t == "PARTNERED_WITH" and "遵义职业技术学院" in (s, o) for t, s, o, _ in rels)


def test_a_company_party_secretary_leads_the_company() -> None:
    text = "本报讯 近日,泉州恒安港务发展有限公司党委书记、董事长陈建国带队走访一线职工。"
    result = extract_page(text)
    assert not any(e.type == "Organisation" for e in result.entities)
    assert ("LEADS", "陈建国", "泉州恒安港务发展有限公司", "党委书记、董事长") in named_rels(extract_page(text))
