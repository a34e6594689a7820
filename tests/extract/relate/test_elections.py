"""Elections, appointments, dismissals and mid-clause people (texts of our own)."""

import pytest

from extract.models import DocResult
from extract.pipeline import Extractor
from extract.text.normalise import normalise


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _read(extractor: Extractor, text: str) -> tuple[DocResult, dict[str, str]]:
    result = extractor.extract("t.txt", text)
    return result, {e.id: e.name for e in result.entities}


def _leads(result: DocResult, names: dict[str, str]) -> set[tuple[str, str, str]]:
    return {(names[r.source], names[r.target], r.title or "") for r in result.relations if r.type == "LEADS"}


def test_election_supplement_appointment_and_dismissal(extractor: Extractor) -> None:
    text = (
        "日前,恩施土家族苗族自治州总工会召开全委会议。会议选举田志刚为恩施州总工会主席,"
        "选举向红霞、彭建为恩施州总工会副主席,补选谭小军为副主席。"
        "会议任命蔡文涛为恩施州总工会经审会主任,免去覃明恩施州总工会副主席职务。"
    )
    result, names = _read(extractor, text)
    union = "恩施土家族苗族自治州总工会"
    assert _leads(result, names) >= {
        ("田志刚", union, "主席"),
        ("向红霞", union, "副主席"),
        ("彭建", union, "副主席"),
        ("谭小军", union, "副主席"),
    }
    persons = {e.name for e in result.entities if e.type == "Person"}
    assert "覃明" in persons
    assert not any(source == "覃明" for source, _, _ in _leads(result, names))


def test_a_list_split_by_the_layout_after_a_comma_is_one_sentence() -> None:
    page = "本报讯 12月1日,某市总工会召开全委会议。会议选举郭大明、\n\n吕小建为副主席,选举产生了经费审查委员会。"
    assert "郭大明、吕小建为副主席" in normalise(page)


def test_a_person_after_a_job_word_mid_clause(extractor: Extractor) -> None:
    result, names = _read(extractor, "据介绍,江苏某某物流有限公司分拣员唐建平说,驿站让大家歇脚更方便。通讯员柳文和报道。")
    persons = {e.name for e in result.entities if e.type == "Person"}
    assert "唐建平" in persons
    assert "柳文和" not in persons and "柳文" not in persons
    works = {(names[r.source], names[r.target], r.role) for r in result.relations if r.type == "WORKS_AT"}
    assert ("唐建平", "江苏某某物流有限公司", "分拣员") in works


def test_a_clause_opening_on_he_does_not_keep_it_in_the_body(extractor: Extractor) -> None:
    result, _ = _read(extractor, "答:我们和南京交通职业技术学院签订了合作协议。")
    bodies = {e.name for e in result.entities if e.type == "Organisation"}
    assert bodies == {"南京交通职业技术学院"}


def test_a_declared_short_form_names_the_union_and_the_enterprise_later(extractor: Extractor) -> None:
    text = "江苏恒远精密机械有限公司(以下简称恒远精机)工会举办技能比武。恒远精机工会主席沈立华表示,将常态化开展比武。"
    result, names = _read(extractor, text)
    by_name = {e.name: e for e in result.entities}
    assert "恒远精机工会" in by_name["江苏恒远精密机械有限公司工会"].aliases
    assert "恒远精机" in by_name["江苏恒远精密机械有限公司"].aliases
    assert ("沈立华", "江苏恒远精密机械有限公司工会", "主席") in _leads(result, names)
