"""Programme recognition (gold/REVIEW rule 5) on short texts of our own from other provinces."""

from extract_helpers import extract_page

from extract.recognise.named import NamedFinder
from extract.resources.lexicon import load_lexicon


def _programmes(text: str) -> set[str]:
    return {f.text.replace("“", "").replace("”", "") for f in NamedFinder(load_lexicon()).find(text) if f.label == "Programme"}


def test_consecutive_heads_are_kept() -> None:
    assert _programmes("持续开展“三进”宣讲活动,覆盖职工两千人。") == {"三进宣讲活动"}


def test_list_members_are_named_by_their_core() -> None:
    found = _programmes("开展了“春暖蓉城”“夏日清风”等活动,受到职工欢迎。")
    assert found == {"春暖蓉城", "夏日清风"}


def test_list_of_training_classes_is_not_a_programme() -> None:
    assert _programmes("组织“电工实务”“焊接工艺”等培训班,壮大技能人才队伍。") == set()


def test_count_initial_verb_initial_and_generic_spans_are_not_programmes() -> None:
    assert _programmes("落实一次技能培训、组织一次观摩活动。") == set()
    assert _programmes("组织开展系列主题宣传教育活动。") == set()
    assert _programmes("组织开展全省电力行业技能竞赛。") == {"全省电力行业技能竞赛"}


def test_participants_are_cut_from_the_programme() -> None:
    assert _programmes("组织30余名职工参加市总健步走活动。") == {"市总健步走活动"}


def test_bare_heads_need_a_quoted_core_and_a_host_verb() -> None:
    assert _programmes("推进基层工会规范化建设。") == set()
    assert _programmes("开展家政服务培训。") == set()
    assert _programmes("围绕“精工智造”产业工人队伍建设,推进结对。") == set()


def test_policies_platforms_and_systems_are_not_programmes() -> None:
    assert _programmes("创新推行“代表制、联络制”,激发活力。") == set()
    assert _programmes("上线“赣工之家”服务平台。") == set()


def test_modifier_between_host_verb_and_quote_is_kept() -> None:
    assert _programmes("实施职工“悦读”行动,提升素养。") == {"职工悦读行动"}
    assert _programmes("组织这场“巴蜀”竞赛。") == {"巴蜀竞赛"}


def test_mentions_sharing_a_quoted_core_are_one_programme() -> None:
    result = extract_page("本报讯 长沙市总工会开展“三进”宣讲活动。“三进”示范性宣讲活动走进长沙电力公司。")
    progs = [e for e in result.entities if e.type == "Programme"]
    assert len(progs) == 1
    assert {"三进", "三进示范性宣讲活动"} <= set(progs[0].aliases)


def _awards(text: str) -> set[str]:
    return {f.text.replace("“", "").replace("”", "") for f in NamedFinder(load_lexicon()).find(text) if f.label == "Award"}


def test_slogan_under_a_themed_lecture_tour_is_no_programme() -> None:
    text = "6月9日,九江市总工会“奋斗正当时·建功新征程”主题宣讲活动在濂溪区开幕。"
    assert _programmes(text) == set()
    assert _programmes("九江市总工会开展“匠心筑梦”职工读书活动。") == {"匠心筑梦职工读书活动"}


def test_a_craftsman_cup_is_a_competition_not_the_honour() -> None:
    text = "市总工会还将举办第三届“庐山工匠杯”职工技能大赛。"
    assert _awards(text) == set()
    assert any(p.endswith("庐山工匠杯职工技能大赛") for p in _programmes(text))


def test_selection_and_skills_contest_heads() -> None:
    assert any(p.endswith("浔城工匠选树工作") for p in _programmes("持续推进“浔城工匠”选树工作。"))
    assert any(p.endswith("白鹭工匠技能比武") for p in _programmes("公司工会举办“白鹭工匠”技能比武。"))


def test_a_manner_phrase_with_yi_is_no_prefix() -> None:
    names = _programmes("各承办单位以“鸿雁传书”形式寄语活动启动。")
    assert not [n for n in names if "以" in n]


def test_hosted_quote_with_a_fair_head_is_a_programme() -> None:
    assert _programmes("区总工会举办“春暖职工”农民工专场招聘会，提供岗位800个。") == {"春暖职工农民工专场招聘会"}


def test_hosted_quote_before_bare_work_is_not_a_programme() -> None:
    assert _programmes("县总工会开展“双联双促”党建带工建工作，效果明显。") == set()


def test_quote_defined_as_a_built_brand_is_a_programme() -> None:
    assert _programmes("“暖心小栈”是城关区总工会精心打造的服务品牌，已建成20家。") == {"暖心小栈"}


def test_quote_defined_as_something_else_is_not() -> None:
    assert _programmes("“娘家人”是职工对工会的亲切称呼。") == set()
