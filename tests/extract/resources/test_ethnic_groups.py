"""The ethnic-group lexicon (extract/data/ethnic_groups.csv) and the short forms it gives."""

from extract.resources.geo import gazetteer
from extract.resources.lexicon import ethnic_groups


def test_lexicon_holds_the_56_groups_without_zu() -> None:
    groups = ethnic_groups()
    assert len(groups) == 56
    assert "维吾尔" in groups and "鄂伦春" in groups
    assert not [g for g in groups if g.endswith("族")]


def test_autonomous_prefecture_is_found_by_its_short_forms() -> None:
    names = {r.name for r in gazetteer().lookup("延边州")}
    assert "延边朝鲜族自治州" in names
    assert "黔东南苗族侗族自治州" in {r.name for r in gazetteer().lookup("黔东南")}
