"""Article dates read from what a page gives: its masthead, the 本报讯 dateline, a full date; never guessed."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.text.normalise import normalise
from extract.text.split import article_date, split_articles

SEEDS = Path(__file__).resolve().parents[3] / "seeds"

PAGE = """江西工人报 2025年5月27日 第3版 赣南工运

于都县总工会召开第十五次代表大会

本报讯(通讯员 肖某)5月16日至17日,于都县总工会第十五次代表大会召开。

瑞金市总工会走访职工

本报讯(记者 钟某)瑞金市总工会近日走访一线职工。
"""


def test_a_dateline_month_and_day_take_the_year_of_the_masthead() -> None:
    first, second = split_articles("p.txt", normalise(PAGE))
    assert (first.date, first.date_basis) == ("2025-05-16", "dateline")
    assert (second.date, second.date_basis) == ("2025-05-27", "masthead")  # no day in its dateline: the paper's


@pytest.mark.parametrize(
    ("body", "masthead", "expected"),
    [
        ("本报北京3月5日电 (记者 任某)全总近日印发通知。", "2025年3月6日", ("2025-03-05", "dateline")),
        ("本报讯 12月30日,某市总工会召开全委会。", "2025年1月3日", ("2024-12-30", "dateline")),  # a January paper
        ("本报讯 6月18日,某区总工会举办竞赛。", "2025年4月30日", ("2025-04-30", "masthead")),  # after its paper: not believed
        ("本报讯 2024年11月2日,某县总工会召开大会。", None, ("2024-11-02", "dateline")),
        ("本报讯(记者 毛某)12月22日,陕西省总工会召开2023年第十五次主席办公会议。", None, (None, None)),  # no year stated
        ("2月30日,某县总工会召开大会。本报讯 2月30日,x", "2025年3月1日", ("2025-03-01", "masthead")),  # not a calendar date
        ("近日,某县总工会召开大会。", None, (None, None)),
    ],
)
def test_article_date_rules(body: str, masthead: str | None, expected: tuple[str | None, str | None]) -> None:
    assert article_date(body, masthead) == expected


def test_seed_pages_state_no_full_date_so_their_articles_have_none() -> None:
    for path in sorted(SEEDS.iterdir()):
        for article in split_articles(path.name, normalise(path.read_text(encoding="utf-8"))):
            assert article.date is None and article.date_basis is None, (path.name, article.position)
