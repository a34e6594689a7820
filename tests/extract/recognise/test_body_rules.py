"""Body recognition rules: left edges, places inside words, classes of bodies, 简称, traditional text."""

from extract.recognise.bodies import BodyFinder
from extract.recognise.body_rules import is_class, level_generic, short_form
from extract.recognise.places import SentencePlaces
from extract.resources.lexicon import load_lexicon

FINDER = BodyFinder(load_lexicon())


def _bodies(text: str) -> list[tuple[str, str]]:
    return [(f.label, f.text) for f in FINDER.find(text)]


def test_place_is_not_read_inside_a_word() -> None:
    places = SentencePlaces("兰州市场监管人员走进区域中心")
    assert "兰州市" not in [places.text[s : s + n] for s, sizes in places.by_start.items() for n in sizes]
    assert _bodies("组建市场街区工会") == []
    assert _bodies("目前的6个区域工会联合会") == []


def test_classes_of_bodies_are_not_bodies() -> None:
    assert is_class("甘肃省级产业") and is_class("市级以上") and is_class("两级") and is_class("省市")
    assert is_class("长沙县县(市)") and not is_class("兰州市城关区")
    assert _bodies("被市级以上工会推介") == []
    assert _bodies("宁夏回族自治区级工会共同参与") == []


def test_a_name_does_not_take_the_verb_before_it() -> None:
    assert ("Enterprise", "银川宏达建材有限公司") in _bodies("把货车开进银川宏达建材有限公司")
    assert _bodies("从洽谈、签约到公司注册只用了一天") == []
    assert _bodies("企业建起一座连接生活区和厂区的廊桥") == []


def test_a_verb_noun_right_before_the_suffix_stays_in_the_name() -> None:
    found = _bodies("太原晋阳物业服务有限公司工会组织培训")
    assert ("Union", "太原晋阳物业服务有限公司工会") in found
    assert ("Enterprise", "太原晋阳物业服务有限公司") in found


def test_a_verb_that_spells_a_place_reads_as_the_verb() -> None:
    found = FINDER.find("会同县财政局等部门开展检查")
    assert [(f.text, f.props.get("generic")) for f in found] == [("县财政局", True)]


def test_short_form_in_brackets_is_cut_and_kept_as_alias() -> None:
    assert short_form("四川移动股份有限公司成都分公司(简称成都移动)工会") == ("四川移动股份有限公司成都分公司工会", "成都移动")
    found = {f.label: f.props for f in FINDER.find("四川移动股份有限公司成都分公司(简称成都移动)工会开展活动")}
    assert found["Union"]["name"] == "四川移动股份有限公司成都分公司工会"
    assert found["Enterprise"]["aliases"] == "成都移动"


def test_township_chains_and_corps_divisions() -> None:
    assert ("Union", "河口街道石门村工会") in _bodies("近日,河口街道石门村工会举办活动")
    assert ("Union", "第二师塔里木农场总工会") in _bodies("近日,第二师塔里木农场总工会举办活动")


def test_bare_level_and_whole_region_forms_are_generic() -> None:
    assert level_generic("市道路运输") and not level_generic("市场街区")
    found = FINDER.find("全市建筑行业工会联合会成立")
    assert [(f.text, f.props.get("generic")) for f in found] == [("市建筑行业工会联合会", True)]


def test_traditional_text_is_matched_on_its_fold() -> None:
    found = _bodies("吉林省長春市總工會舉辦活動")
    assert found == [("Union", "吉林省長春市總工會")]
