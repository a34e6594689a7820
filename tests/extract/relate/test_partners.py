"""PARTNERED_WITH from agreements, pairings and joint action, on short texts of our own from other provinces."""

from extract_helpers import extract_page, names_by_id


def _partners(text: str) -> set[tuple[frozenset[str], str | None]]:
    result = extract_page(text)
    names = names_by_id(result)
    return {(frozenset((names[r.source], names[r.target])), r.agreement) for r in result.relations if r.type == "PARTNERED_WITH"}


def test_signed_title_is_the_agreement_without_its_brackets() -> None:
    found = _partners("本报讯 近日,合肥市蜀山区总工会与安徽建工集团有限公司签订《“同心筑梦”结对共建协议》。")
    assert found == {(frozenset({"合肥市蜀山区总工会", "安徽建工集团有限公司"}), "“同心筑梦”结对共建协议")}


def test_unbracketed_agreement_and_nested_enterprise_is_no_party() -> None:
    found = _partners("本报讯 在签约仪式上,贵阳铝业有限公司工会与贵阳市白云区总工会签订了职工技能提升合作协议。")
    assert found == {(frozenset({"贵阳铝业有限公司工会", "贵阳市白云区总工会"}), "职工技能提升合作协议")}


def test_pairing_cue_without_agreement() -> None:
    found = _partners("本报讯 南昌市青山湖区总工会与江西铜业集团有限公司结对共建。")
    assert {p for p, _ in found} == {frozenset({"南昌市青山湖区总工会", "江西铜业集团有限公司"})}


def test_joint_action_pairs_even_without_a_programme() -> None:
    found = _partners("本报讯 长春市朝阳区总工会将联合长春职业技术学院共同开设焊工研修班。")
    assert {p for p, _ in found} == {frozenset({"长春市朝阳区总工会", "长春职业技术学院"})}


def test_a_body_introduced_by_yu_is_no_subject() -> None:
    assert _partners("本报讯 指导企业与江西工会学院、南昌市总工会干校等开展合作。") == set()


def test_enumerated_signatories_partner_each_with_each() -> None:
    found = _partners("本报讯 5月8日,九江市濂溪区总工会、濂溪区人民法院、九江华瑞纺织有限公司和九江职业大学签订《劳动关系协调合作协议》。")
    pairs = {p for p, _ in found}
    assert len(pairs) == 6
    assert frozenset({"濂溪区人民法院", "九江职业大学"}) in pairs or frozenset({"九江市濂溪区人民法院", "九江职业大学"}) in pairs


def test_subject_with_the_bodies_after_yu_partners_with_each_only() -> None:
    found = _partners("本报讯 近日,南昌市青山湖区总工会与江西铜业集团有限公司工会、南昌华星电子有限公司工会签署了结对共建协议。")
    assert {p for p, _ in found} == {
        frozenset({"南昌市青山湖区总工会", "江西铜业集团有限公司工会"}),
        frozenset({"南昌市青山湖区总工会", "南昌华星电子有限公司工会"}),
    }
