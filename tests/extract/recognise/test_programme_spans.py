"""Programme recall from sentence structure (gold/REVIEW rule 5), on short texts of our own from other provinces."""

from extract.recognise.named import NamedFinder
from extract.resources.lexicon import load_lexicon


def _programmes(text: str) -> set[str]:
    return {f.text.replace("“", "").replace("”", "") for f in NamedFinder(load_lexicon()).find(text) if f.label == "Programme"}


def test_dated_title_is_named_without_its_year() -> None:
    found = _programmes("召开全市2024年工资集体协商秋季集中要约行动暨推进会。")
    assert found == {"工资集体协商秋季集中要约行动"}


def test_quoted_list_ending_on_a_modifier_and_head_after_a_host_verb() -> None:
    found = _programmes("深化“职工技能提升月”“农民工返岗就业”等就业服务工作。")
    assert found == {"职工技能提升月", "农民工返岗就业"}
    assert _programmes("举办西宁2024年“青春筑梦”“技能兴青”等专场招聘会。") == {"青春筑梦", "技能兴青"}


def test_quoted_honours_in_a_list_are_not_programmes() -> None:
    assert _programmes("开展“十大工匠”“最美产业工人”等评选工作。") == set()


def test_listed_title_after_a_programme_shares_its_host_verb() -> None:
    found = _programmes("开展“冬送温暖”、电力行业安全生产知识竞赛、随手拍等活动。")
    assert found == {"冬送温暖", "电力行业安全生产知识竞赛"}
    assert _programmes("开展职工创新创业大赛、对接转化活动。") == {"职工创新创业大赛"}


def test_plan_inside_a_longer_name() -> None:
    found = _programmes("授予“榆林市职工技能提升工程实训基地”牌匾。")
    assert "榆林市职工技能提升工程" in found


def test_subject_title_held_somewhere_and_a_contest_won_in() -> None:
    assert _programmes("5月8日,甘肃铁路职工技能大赛在兰州举行。") == {"甘肃铁路职工技能大赛"}
    assert _programmes("多名职工在四川工会短视频创作大赛中获奖。") == {"四川工会短视频创作大赛"}


def test_quote_owned_by_a_union_or_built_by_a_host() -> None:
    assert _programmes("成都市锦江区总工会“锦江职工夜课堂”本周开班。") == {"锦江职工夜课堂"}
    assert _programmes("区总工会与某物流公司共同打造的“蓉城骑手驿家”投入使用。") == {"蓉城骑手驿家"}
    assert _programmes("新时代工会的“锦江答卷”。") == set()
