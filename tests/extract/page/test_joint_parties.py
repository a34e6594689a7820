"""四方共同建设X: the programme's hosts are the signatories of the article's partnership (texts of our own)."""

from extract_helpers import extract_page, names_by_id

_SIGN = "本报讯 5月8日,九江市濂溪区总工会、濂溪区人民法院和九江职业大学签订《劳动关系协调合作协议》"


def _hosts(text: str) -> set[str]:
    result = extract_page(text)
    names = names_by_id(result)
    return {names[r.source] for r in result.relations if r.type == "HOSTED" and names[r.target].endswith("调解中心")}


def test_parties_in_the_next_sentence_are_the_signatories() -> None:
    hosts = _hosts(_SIGN + "。根据协议,三方将共同建设“濂溪和谐”劳动争议调解中心。\n")
    assert {"九江市濂溪区总工会", "九江职业大学"} <= hosts
    assert len(hosts) == 3


def test_parties_in_the_agreement_sentence() -> None:
    hosts = _hosts(_SIGN + ",三方将共同建设“濂溪和谐”劳动争议调解中心。\n")
    assert len(hosts) == 3


def test_a_party_count_that_does_not_match_gives_nothing_more() -> None:
    hosts = _hosts(_SIGN + "。根据协议,双方将共同建设“濂溪和谐”劳动争议调解中心。\n")
    assert len(hosts) < 3


def test_quoted_enumeration_ending_on_a_head_is_a_slogan() -> None:
    text = "本报讯 九江市总工会提出“办好一件实事、建好一批阵地”,推动工作落实。\n"
    result = extract_page(text)
    assert not [e for e in result.entities if e.type == "Programme"]
