"""Mention recognition through the real spaCy pipeline (one Doc a sentence)."""

import spacy

from core.settings import Settings
from extract import components  # noqa: F401
from extract.pipeline import build_nlp


def _found(text: str) -> set[tuple[str, str]]:
    doc = build_nlp()(text)
    return {(f.label, f.text) for f in doc._.mentions}


def test_pipeline_analysis_reports_no_problems() -> None:
    nlp = build_nlp()
    analysis = nlp.analyze_pipes()
    assert all(not v for v in analysis["problems"].values())
    assert nlp.pipe_names == ["unionkg_lac", "unionkg_mentions", "unionkg_relations"]
    rules_only = build_nlp(Settings(ner="rules"))
    assert rules_only.pipe_names == ["unionkg_mentions", "unionkg_relations"]


def test_bodies_with_place_prefixes() -> None:
    found = _found("近日,成都市武侯区总工会联合武侯区人力资源和社会保障局举办培训。")
    assert ("Union", "成都市武侯区总工会") in found
    assert ("Organisation", "武侯区人力资源和社会保障局") in found


def test_enterprise_union_also_names_the_enterprise() -> None:
    found = _found("广州汇达电子有限公司工会组织职工参加比赛。")
    assert ("Union", "广州汇达电子有限公司工会") in found
    assert ("Enterprise", "广州汇达电子有限公司") in found


def test_generic_forms_are_marked_for_resolution() -> None:
    doc = build_nlp()("积极参加省总工会举办的活动。")
    generic = [f for f in doc._.mentions if f.label == "Union"]
    assert generic and generic[0].props.get("generic") is True


def test_person_after_title_and_before_speech_verb() -> None:
    found = _found("辽宁省总工会党组书记、副主席 赵某某")
    assert ("Person", "赵某某") in found
    assert ("Person", "孙立新") in _found("“我们会继续努力。”孙立新说。")


def test_awards_share_a_core_across_listed_levels() -> None:
    found = {t for label, t in _found("多名职工获全国、省、市五一劳动奖章。") if label == "Award"}
    assert {"全国五一劳动奖章", "省五一劳动奖章", "市五一劳动奖章"} <= found


def test_programmes_quoted_with_head_and_unquoted_after_host_verb() -> None:
    found = {t for label, t in _found("开展“川工匠心”职业技能大赛,实施职工素质提升工程。") if label == "Programme"}
    assert "“川工匠心”职业技能大赛" in found
    assert "职工素质提升工程" in found


def test_blank_zh_is_the_base() -> None:
    assert build_nlp().lang == spacy.blank("zh").lang


def test_deputy_title_after_a_bureau_is_not_part_of_its_name() -> None:
    found = _found("汉中市司法局副局长程某某、市总工会副主席出席活动。")
    assert ("Organisation", "汉中市司法局") in found
    assert not any(text.endswith("副局") for _, text in found)


def test_legal_aid_centre_is_an_organisation() -> None:
    found = _found("活动由城关区总工会承办，城关区法律援助中心协办。")
    assert ("Organisation", "城关区法律援助中心") in found


def test_span_group_holds_the_mentions_as_token_spans() -> None:
    nlp = build_nlp()
    for text in ("江西省总工会主席王某某出席", "江西省总工会 主席王某某出席"):  # with a space: tokens are no longer characters
        doc = nlp(text)
        spans = doc.spans["unionkg"]
        assert [(s.label_, s.text) for s in spans] == [(f.label, f.text) for f in doc._.mentions]
        assert ("Union", "江西省总工会") in [(s.label_, s.text) for s in spans]


def test_a_doc_of_several_sentences_reads_each_as_alone() -> None:
    """One Doc a block of sentences (what the extractor does) finds what one Doc a sentence finds."""
    from extract.components import SENTS_KEY

    nlp = build_nlp()
    first, second = "湖北省总工会主席张某某出席会议。", "武汉市总工会与武汉某某有限公司签订协议。"
    text = first + second
    doc = nlp.make_doc(text)
    doc.user_data[SENTS_KEY] = [(0, len(first)), (len(first), len(text))]
    for _, component in nlp.pipeline:
        doc = component(doc)
    alone = [nlp(first), nlp(second)]
    assert doc._.sentence_mentions == [d._.sentence_mentions[0] for d in alone]
    assert doc._.sentence_relations == [d._.sentence_relations[0] for d in alone]
    flat = doc._.mentions
    assert [text[f.start : f.end] for f in flat] == [f.text for f in flat]  # offsets into the Doc
    assert [(s.start_char, s.end_char) for s in doc.spans["unionkg"]] == [(f.start, f.end) for f in flat]
    shift = len(alone[0]._.mentions)
    second_rels = [r for r in doc._.relations if r.source is not None and r.source >= shift]
    assert len(second_rels) == len(alone[1]._.relations) > 0
    assert all(flat[r.source].text == alone[1]._.mentions[r.source - shift].text for r in second_rels if r.source is not None)


def test_sentence_blocks_are_bounded_and_keep_every_sentence() -> None:
    from extract.pipeline import sentence_blocks
    from extract.text.split import Sentence

    sents = [Sentence(i * 30, i * 30 + 25, "x" * 25) for i in range(10)]
    blocks = list(sentence_blocks(sents, 100))
    assert [s for b in blocks for s in b] == sents
    assert all(b[-1].end - b[0].start <= 100 for b in blocks)
    assert [len(b) for b in blocks] == [3, 3, 3, 1]
    assert [len(b) for b in sentence_blocks([Sentence(0, 500, "y" * 500)], 100)] == [1]  # a long sentence alone


def test_a_verb_of_attention_ends_a_body_name() -> None:
    """…党委高度重视工会工作: 重视 is a verb between two bodies, not part of a union's name."""
    assert _found("某某市某某有限公司党委高度重视工会工作。") == {("Enterprise", "某某市某某有限公司")}
    assert ("Union", "县总工会") in _found("该县总工会十分关心一线职工。")
