"""Non-name characters in extract/data/names.csv, on short texts of our own."""

from extract_helpers import extract_page


def test_prize_grade_after_a_trade_is_no_person() -> None:
    result = extract_page("本报讯 在全省职业技能大赛中，他获得焊工项目一等奖。")
    assert not [e for e in result.entities if e.type == "Person"]
