"""Brand short forms of a company named in full, and the jobs read through them."""

from extract.brands import brand_forms
from extract.models import DocResult
from extract.pipeline import Extractor


def test_brand_forms_drop_place_and_company_suffix() -> None:
    assert "青禾物流" in brand_forms("沧州青禾物流有限公司")
    assert {"鼎泰电器", "鼎泰零部件"} <= brand_forms("浙江鼎泰电器零部件股份有限公司")
    assert {"金川钢铁", "金川钢铁集团"} <= brand_forms("榆林金川钢铁集团有限公司")


def test_no_brand_below_four_characters_or_from_a_branch() -> None:
    assert brand_forms("阳泉公交集团有限公司") == {"阳泉公交", "阳泉公交集团"}
    assert brand_forms("中国移动通信集团有限公司河南分公司") == set()
    assert brand_forms("某某市第一中学") == set()


def _rels(text: str) -> set[tuple[str, str, str]]:
    result: DocResult = Extractor().extract("t.txt", text)
    names = {e.id: e.name for e in result.entities}
    return {(r.type, names[r.source], names[r.target]) for r in result.relations}


def test_job_under_the_brand_works_at_the_full_company() -> None:
    text = "本报讯 近日，沧州青禾物流有限公司建成职工书屋。青禾物流叉车司机吕某某说，下班后常来看书。\n"
    assert ("WORKS_AT", "吕某某", "沧州青禾物流有限公司") in _rels(text)


def test_bare_group_union_is_the_union_of_the_group_named_before() -> None:
    text = "本报讯 榆林金川钢铁集团有限公司今年新建职工小家20个。集团工会主席贺某某介绍，明年还将继续推进。\n"
    assert ("LEADS", "贺某某", "榆林金川钢铁集团有限公司工会") in _rels(text)
