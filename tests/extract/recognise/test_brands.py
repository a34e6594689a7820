"""Brand short forms of a company named in full, and the jobs read through them."""

from extract_helpers import extract_page, named_triples

from extract.recognise.brands import brand_forms


def test_brand_forms_drop_place_and_company_suffix() -> None:
    assert "青禾物流" in brand_forms("沧州青禾物流有限公司")
    assert {"鼎泰电器", "鼎泰零部件"} <= brand_forms("浙江鼎泰电器零部件股份有限公司")
    assert {"金川钢铁", "金川钢铁集团"} <= brand_forms("榆林金川钢铁集团有限公司")


def test_no_brand_below_four_characters_or_from_a_branch() -> None:
    assert brand_forms("阳泉公交集团有限公司") == {"阳泉公交", "阳泉公交集团"}
    assert brand_forms("中国移动通信集团有限公司河南分公司") == set()
    assert brand_forms("某某市第一中学") == set()


def test_job_under_the_brand_works_at_the_full_company() -> None:
    text = "本报讯 近日，沧州青禾物流有限公司建成职工书屋。青禾物流叉车司机吕某某说，下班后常来看书。\n"
    assert ("WORKS_AT", "吕某某", "沧州青禾物流有限公司") in named_triples(extract_page(text))


def test_bare_group_union_is_the_union_of_the_group_named_before() -> None:
    text = "本报讯 榆林金川钢铁集团有限公司今年新建职工小家20个。集团工会主席贺某某介绍，明年还将继续推进。\n"
    assert ("LEADS", "贺某某", "榆林金川钢铁集团有限公司工会") in named_triples(extract_page(text))


def test_latin_led_brand_and_bracketed_market_are_handled() -> None:
    assert "KT精工" in brand_forms("KT精工机械(中国)有限公司")


def test_brand_listed_with_a_named_company_is_a_company() -> None:
    text = "本报讯 近日，延安宝塔石化装备有限公司和秦川电子与6家企业签订技能共享协议。\n"
    result = extract_page(text)
    assert {"延安宝塔石化装备有限公司", "秦川电子"} <= {e.name for e in result.entities if e.type == "Enterprise"}
    assert not any(r.type == "PARTNERED_WITH" for r in result.relations)  # one side facing unnamed companies


def test_listed_word_without_a_trade_ending_is_not_a_company() -> None:
    text = "本报讯 延安宝塔石化装备有限公司和社区居民共同参加义务劳动。\n"
    result = extract_page(text)
    assert [e.name for e in result.entities if e.type == "Enterprise"] == ["延安宝塔石化装备有限公司"]


def test_companies_that_sign_with_each_other_still_partner() -> None:
    assert ("PARTNERED_WITH", "延安宝塔石化装备有限公司", "铜川华原纺织有限公司") in named_triples(
        extract_page("本报讯 近日，延安宝塔石化装备有限公司与铜川华原纺织有限公司签订结对协议。\n")
    )
