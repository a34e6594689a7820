"""Person recognition: cues, lists, name length, non-names (texts of our own)."""

import pytest

from extract.recognise.people import PersonFinder
from extract.resources.lexicon import load_lexicon


@pytest.fixture(scope="module")
def finder() -> PersonFinder:
    return PersonFinder(load_lexicon())


def _names(finder: PersonFinder, text: str) -> list[str]:
    return [f.text for f in finder.find(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("江西省总工会党组书记、常务副主席周立新宣读决定。", ["周立新"]),  # 3 chars before a verb not in the end set
        ("南昌铁路局工会主席方敏在会上讲话。", ["方敏"]),  # the third character 在 starts the predicate
        ("某物流公司焊工葛大海正在作业。", ["葛大海"]),
        ("快递小哥唐小川每天早上六点出门。", ["唐小川"]),
        ("“这份荣誉属于大家。”欧阳明华说。", ["欧阳明华"]),  # compound surname
        ("贵阳市总工会召开全委会,宁雪当选为副主席。", ["宁雪"]),  # subject verb at clause start
        ("会议选举卢志远为主席,选举贺红、邓建新为副主席。", ["卢志远", "贺红", "邓建新"]),
        ("一等奖:宋志明(桂林某机械有限公司)", ["宋志明"]),
        ("获奖名单:严伟、廖小红和蒋涛", ["严伟", "廖小红", "蒋涛"]),
        ("龔曉東 廣西某某有限公司技師", ["龔曉東"]),  # list row, traditional characters kept as written
        ("全国五一劳动奖章获得者石建国等5名劳模走进校园。", ["石建国"]),
    ],
)
def test_person_cues(finder: PersonFinder, text: str, names: list[str]) -> None:
    assert _names(finder, text) == names


@pytest.mark.parametrize(
    "text",
    [
        "切实维护职工权益,让职工安心;提升职工满意度。",  # weak cue + common word
        "关爱劳模工匠和高技能人才。",  # 和 is a surname only after a strong cue
        "推动产业工人向新业态延伸。",
        "主题:劳动创造幸福",  # a colon list must split into whole names
        "依托工人文化宫开展培训。",
    ],
)
def test_non_names(finder: PersonFinder, text: str) -> None:
    assert _names(finder, text) == []


def test_wang_as_a_surname_only_after_a_strong_cue(finder: PersonFinder) -> None:
    assert _names(finder, "区总工会副主席望立新介绍,比赛设8个工种。") == ["望立新"]
    assert _names(finder, "大家希望明年再来参加比赛。") == []


def test_spaced_two_character_name_at_the_start_of_a_row(finder: PersonFinder) -> None:
    assert _names(finder, "吴　斌　南平通达运输有限公司驾驶员") == ["吴　斌"]
    assert _names(finder, "一　等　奖") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("那曲市总工会副主席索朗顿珠在会上讲话。", ["索朗顿珠"]),  # two surname-less elements, not 索朗顿 (索 is a surname)
        ("德吉卓嘎说，驿站让大家有了歇脚的地方。", ["德吉卓嘎"]),  # before a speech verb at clause start
        ("巴桑罗布　昌都某运输有限公司驾驶员", ["巴桑罗布"]),  # list row
        ("某公司运维班班长纳建华带队巡检。", ["纳建华"]),  # 纳: a Hui surname
    ],
)
def test_surname_less_and_minority_names(finder: PersonFinder, text: str, names: list[str]) -> None:
    assert _names(finder, text) == names
