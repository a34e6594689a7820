"""Bodies read from the structure around other mentions (extract/recognise/listed.py) and their resolution."""

from extract_helpers import aliases_by_name, extract_page


def test_department_listed_after_a_bare_level_form_shares_its_place() -> None:
    names = aliases_by_name(extract_page("本报讯 桐庐县总工会近日会同县财政局、审计局等部门开展检查。"))
    assert "桐庐县财政局" in names and "桐庐县审计局" in names
    assert "审计局" not in names


def test_peoples_court_and_court_are_one_body() -> None:
    names = aliases_by_name(extract_page("本报讯 桐庐县总工会在县人民法院设立工作站。县法院将畅通立案。"))
    assert "桐庐县人民法院" in names and "桐庐县法院" not in names


def test_bare_party_committee_or_government_stays_out() -> None:
    names = aliases_by_name(extract_page("本报讯 桐庐县总工会落实县委县政府部署,项目列入市政府实事。"))
    assert not any(n.endswith(("县委县政府", "市政府", "县委")) for n in names)


def test_combined_committee_and_government_are_two_bodies() -> None:
    names = aliases_by_name(extract_page("本报讯 把甘肃省委省政府的关心送到职工心坎上,甘肃省总工会表示。"))
    assert "甘肃省委" in names and "甘肃省政府" in names
    assert "甘肃省委省政府" in names["甘肃省委"]


def test_enterprise_party_committee_keeps_the_enterprise_name() -> None:
    names = aliases_by_name(extract_page("本报讯 工商银行湖南省分行在省分行党委的关心下建家。"))
    assert "工商银行湖南省分行党委" in names


def test_magazine_named_in_book_quotes() -> None:
    names = aliases_by_name(extract_page("本报讯 本次竞赛由《中国职工》杂志承办。"))
    assert "中国职工杂志" in names


def test_shared_total_gives_both_abbreviations() -> None:
    names = aliases_by_name(extract_page("本报讯 宜昌市总工会安排指导员参加省、市总举办的培训班。"))
    assert "湖北省总工会" in names and "宜昌市总工会" in names


def test_township_party_working_committee() -> None:
    names = aliases_by_name(extract_page("本报讯 成都市武侯区玉林街道总工会成立。玉林街道党工委书记到会。"))
    assert "玉林街道党工委" in names or any("玉林街道党工委" in a for a in names.values())
