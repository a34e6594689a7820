"""Every region's own bodies are read whole: X总工会, X人民政府, X委 for all 3,000-odd regions of the gazetteer."""

from __future__ import annotations

import pytest

from extract.recognise.bodies import BodyFinder
from extract.resources.geo import gazetteer
from extract.resources.lexicon import load_lexicon

# Region names a rule reads otherwise, knowingly: a boundary word inside (和县, 比如县, 会同县), a
# character the traditional fold changes (乾县), seas and islands, the 兵团 (its own suffix rules), and
# a banner name longer than a name run.
EXCEPTIONS = frozenset(
    {
        "和县",
        "比如县",
        "会同县",
        "乾县",
        "乾安县",
        "中沙群岛的岛礁及其海域",
        "南沙群岛",
        "西沙群岛",
        "新疆生产建设兵团",
        "达尔罕茂明安联合旗",
    }
)


@pytest.fixture(scope="module")
def finder() -> BodyFinder:
    return BodyFinder(load_lexicon())


@pytest.mark.parametrize("suffix", ["总工会", "人民政府", "委"])
def test_every_region_names_its_own_bodies(finder: BodyFinder, suffix: str) -> None:
    names = sorted({region.name for region in gazetteer().by_code.values()})
    assert len(names) > 3000
    missed = []
    for name in names:
        text = f"{name}{suffix}负责人介绍"
        if not any(f.start == 0 and f.end == len(name) + len(suffix) for f in finder.find(text)):
            missed.append(name)
    assert sorted(set(missed) - EXCEPTIONS) == []
