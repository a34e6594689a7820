"""公司工会 resolved to the company the article named, declared short forms, and a subject that 联合s a partner."""

from extract_helpers import extract_page, named_triples


def _extract(text: str) -> tuple[dict[str, str], set[tuple[str, str, str]]]:
    result = extract_page(text)
    return {e.name: e.type for e in result.entities}, named_triples(result)


def test_bare_company_union_is_the_union_of_the_company_named_before() -> None:
    text = "本报讯 在九江华瑞纺织有限公司织造车间,职工们正在调试设备。公司工会主席詹丽萍说,今年将举办技能比武。\n"
    types, rels = _extract(text)
    assert types.get("九江华瑞纺织有限公司工会") == "Union"
    assert ("LEADS", "詹丽萍", "九江华瑞纺织有限公司工会") in rels
    assert ("PART_OF", "九江华瑞纺织有限公司工会", "九江华瑞纺织有限公司") in rels


def test_branch_company_union_is_left_alone() -> None:
    types, _ = _extract("本报讯 九江华瑞纺织有限公司的员工们说,星子分公司工会组织了一次义诊。\n")
    assert "九江华瑞纺织有限公司工会" not in types


def test_declared_short_form_after_a_company_names_it_and_its_union() -> None:
    text = (
        "本报讯 九江华瑞纺织集团有限公司(以下简称“华瑞纺织”)有职工1200人。"
        "华瑞纺织工会主席詹丽萍介绍,公司工会打造了“织梦课堂”职工培训品牌。华瑞纺织织造车间挡车工罗小英说,收获很大。\n"
    )
    types, rels = _extract(text)
    assert ("LEADS", "詹丽萍", "九江华瑞纺织集团有限公司工会") in rels
    assert ("WORKS_AT", "罗小英", "九江华瑞纺织集团有限公司") in rels


def test_subject_opening_the_sentence_partners_whom_it_joins() -> None:
    text = "本报讯 2024年,九江市濂溪区总工会投入经费80万元,并联合九江职业大学开展职工学历提升计划。\n"
    _, rels = _extract(text)
    assert ("PARTNERED_WITH", "九江市濂溪区总工会", "九江职业大学") in rels or (
        "PARTNERED_WITH",
        "九江职业大学",
        "九江市濂溪区总工会",
    ) in rels
    assert ("HOSTED", "九江市濂溪区总工会", "职工学历提升计划") in rels
    assert ("HOSTED", "九江职业大学", "职工学历提升计划") in rels
