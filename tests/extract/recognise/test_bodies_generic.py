"""Generic union forms are refused or resolved, never kept as bodies (REVIEW rule 4)."""

from extract_helpers import extract_page

from extract.pipeline import build_nlp


def _unions(text: str) -> set[str]:
    return {f.text for f in build_nlp()(text)._.mentions if f.label == "Union"}


def test_place_followed_only_by_generic_words_is_not_a_union() -> None:
    found = _unions("陕西省宝鸡市渭滨区两级工会和基层工会积极行动。")
    assert not any("两级" in u or "基层" in u for u in found)
    assert "甘肃省天水市产业工会" not in _unions("甘肃省天水市产业工会负责人参加会议。")


def test_named_union_after_place_is_kept() -> None:
    assert "宝鸡市渭滨区总工会" in _unions("宝鸡市渭滨区总工会举办培训班。")


def test_bare_level_form_with_nothing_to_merge_into_is_dropped() -> None:
    result = extract_page("各团场工会和街道工会积极组织职工参加培训活动,受到广泛好评。")
    assert not [e.name for e in result.entities if e.type == "Union"]


def test_bare_level_form_merges_into_the_named_body() -> None:
    text = "西安市雁塔区小寨路街道总工会举办职工运动会。街道总工会负责人介绍了活动情况。"
    names = [e.name for e in extract_page(text).entities if e.type == "Union"]
    assert names and all(n.endswith("小寨路街道总工会") for n in names)


def test_bare_national_phrase_is_not_a_union() -> None:
    assert not _unions("在共和国工会运动史上,中国工会始终与职工站在一起。")
    assert "中华全国总工会" in _unions("中华全国总工会发出通知。")


def _bodies(text: str) -> set[tuple[str, str]]:
    return {(f.label, f.text) for f in build_nlp()(text)._.mentions if f.label in ("Union", "Enterprise", "Organisation")}


def test_a_word_holding_a_boundary_character_stays_in_the_name() -> None:
    found = _bodies("当天，重庆飞马即时物流有限公司工会和成都都市农业发展有限公司签约。")
    assert ("Union", "重庆飞马即时物流有限公司工会") in found
    assert ("Enterprise", "成都都市农业发展有限公司") in found


def test_a_clause_running_on_after_a_union_is_not_one_union() -> None:
    found = _unions("推动全区8个街道工会全部配备专职工会干部，各镇（街道）总工会抓紧补齐社区工会短板。")
    assert not any(len(u) > 8 for u in found), found
