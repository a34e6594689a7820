"""Elections, appointments, dismissals and mid-clause people (texts of our own)."""

from extract_helpers import extract_page, named_rels

from extract.models import DocResult
from extract.text.normalise import normalise


def _leads(result: DocResult) -> set[tuple[str, str, str]]:
    return {(source, target, title or "") for kind, source, target, title in named_rels(result) if kind == "LEADS"}


def test_election_supplement_appointment_and_dismissal() -> None:
    text = (
        "日前,恩施土家族苗族自治州总工会召开全委会议。会议选举田志刚为恩施州总工会主席,"
        "选举向红霞、彭建为恩施州总工会副主席,补选谭小军为副主席。"
        "会议任命蔡文涛为恩施州总工会经审会主任,免去覃明恩施州总工会副主席职务。"
    )
    result = extract_page(text)
    union = "恩施土家族苗族自治州总工会"
    assert _leads(result) >= {
        ("田志刚", union, "主席"),
        ("向红霞", union, "副主席"),
        ("彭建", union, "副主席"),
        ("谭小军", union, "副主席"),
    }
    persons = {e.name for e in result.entities if e.type == "Person"}
    assert "覃明" in persons
    assert not any(source == "覃明" for source, _, _ in _leads(result))


def test_a_list_split_by_the_layout_after_a_comma_is_one_sentence() -> None:
    page = "本报讯 12月1日,某市总工会召开全委会议。会议选举郭大明、\n\n吕小建为副主席,选举产生了经费审查委员会。"
    assert "郭大明、吕小建为副主席" in normalise(page)


def test_a_person_after_a_job_word_mid_clause() -> None:
    result = extract_page("据介绍,江苏某某物流有限公司分拣员唐建平说,驿站让大家歇脚更方便。通讯员柳文和报道。")
    persons = {e.name for e in result.entities if e.type == "Person"}
    assert "唐建平" in persons
    assert "柳文和" not in persons and "柳文" not in persons
    works = {(source, target, role) for kind, source, target, role in named_rels(result) if kind == "WORKS_AT"}
    assert ("唐建平", "江苏某某物流有限公司", "分拣员") in works


def test_a_clause_opening_on_he_does_not_keep_it_in_the_body() -> None:
    result = extract_page("答:我们和南京交通职业技术学院签订了合作协议。")
    bodies = {e.name for e in result.entities if e.type == "Organisation"}
    assert bodies == {"南京交通职业技术学院"}


def test_a_declared_short_form_names_the_union_and_the_enterprise_later() -> None:
    text = "江苏恒远精密机械有限公司(以下简称恒远精机)工会举办技能比武。恒远精机工会主席沈立华表示,将常态化开展比武。"
    result = extract_page(text)
    by_name = {e.name: e for e in result.entities}
    assert "恒远精机工会" in by_name["江苏恒远精密机械有限公司工会"].aliases
    assert "恒远精机" in by_name["江苏恒远精密机械有限公司"].aliases
    assert ("沈立华", "江苏恒远精密机械有限公司工会", "主席") in _leads(result)
