"""Article and sentence splitting."""

from extract.text.normalise import normalise
from extract.text.split import article_id, sentences, split_articles

PAGE = """【主席之声】

# 打造服务品牌 激发活力

成都市武侯区总工会党组书记、副主席 刘某

今年以来,成都市武侯区总工会开展“蓉城工匠”评选活动。

小编说:武侯区总工会持续发力。

沈阳职工技能大赛启动

本报讯 (记者张某 通讯员李某)近日,沈阳市总工会举办技能大赛。

来源:《工人日报》

郑州市总工会看望一线职工

王某 摄
"""


def _articles():  # type: ignore[no-untyped-def]
    return split_articles("p.txt", normalise(PAGE))


def test_articles_headline_section_byline_note_source() -> None:
    arts = _articles()
    assert len(arts) == 3
    first, second, third = arts
    assert first.section == "主席之声"
    assert first.title is not None and first.title.startswith("打造服务品牌")
    assert first.editor_note == "武侯区总工会持续发力。"
    assert second.title == "沈阳职工技能大赛启动"
    assert second.bylines == ["张某", "李某"]
    assert second.source_paper == "工人日报"
    assert third.bylines == ["王某"]


def test_offsets_refer_to_the_normalised_page() -> None:
    page = normalise(PAGE)
    for art in split_articles("p.txt", page):
        assert page[art.start : art.end] == art.text
        for s in sentences(art):
            assert page[s.start : s.end] == s.text


def test_bylines_are_not_sentences_and_ids_are_deterministic() -> None:
    second = _articles()[1]
    assert all("记者张某" not in s.text or "本报讯" in s.text for s in sentences(second))
    assert second.id == article_id("p.txt", 1) == split_articles("p.txt", normalise(PAGE))[1].id
    assert article_id("p.txt", 1) != article_id("q.txt", 1)


MASTHEAD_PAGE = """贵州工人报
2025年9月2日 第3版 黔工视点

# 黔南州总工会启动“匠心黔南”行动

黔南州总工会党组书记、常务副主席 杨某

本报讯(记者吴某)黔南州总工会近日启动“匠心黔南”行动。

都匀市总工会走访一线职工

本报讯(通讯员罗某)都匀市总工会开展走访活动。
"""


def test_a_masthead_gives_every_article_its_paper_and_date_and_stays_out_of_titles() -> None:
    first, second = split_articles("m.txt", normalise(MASTHEAD_PAGE))
    assert first.title == "黔南州总工会启动“匠心黔南”行动"  # neither the masthead nor the author line
    assert (first.source_paper, first.date, first.section) == ("贵州工人报", "2025-09-02", "黔工视点")
    assert second.title == "都匀市总工会走访一线职工"
    assert (second.source_paper, second.date) == ("贵州工人报", "2025-09-02")
    assert any("杨某" in s.text for s in sentences(first))  # the author line is still read


def test_a_one_line_masthead_and_a_stated_source_paper() -> None:
    page = "甘肃工人报 2025年8月1日 第2版\n\n天水市总工会举办技能竞赛\n\n本报讯 天水市总工会举办技能竞赛。\n\n来源：《天水日报》\n"
    (article,) = split_articles("o.txt", normalise(page))
    assert article.title == "天水市总工会举办技能竞赛"
    assert (article.source_paper, article.date) == ("天水日报", "2025-08-01")
