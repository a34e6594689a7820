"""Normalisation: half-width Latin/digits only, layout breaks repaired."""

from extract.text.normalise import half_width, normalise


def test_half_width_changes_only_latin_and_digits() -> None:
    assert half_width("ＳＫ海力士２０２３年（中国），“好”") == "SK海力士2023年（中国），“好”"


def test_sentence_split_over_blank_lines_is_joined() -> None:
    text = "成都市总工会持续推进产业工人队伍建设改革,联席会议各成员单位根据职能贯彻落\n\n实措施,做到职责清。\n\n下一段。"
    assert normalise(text).split("\n") == [
        "成都市总工会持续推进产业工人队伍建设改革,联席会议各成员单位根据职能贯彻落实措施,做到职责清。",
        "下一段。",
    ]


def test_interleaved_headline_moves_after_the_joined_sentence() -> None:
    text = "我们还积极回应职工的关切和期望,对于职工提\n\n当好职工的“娘家人”\n\n于某某\n\n出的问题和困难,及时给予解答。"
    lines = normalise(text).split("\n")
    assert lines[0] == "我们还积极回应职工的关切和期望,对于职工提出的问题和困难,及时给予解答。"
    assert lines[1:] == ["当好职工的“娘家人”", "于某某"]


def test_headlines_and_finished_paragraphs_stay_apart() -> None:
    text = "广州市总工会推进职工服务\n\n本报讯 近日,广州市总工会召开会议。\n\n强化组织领导,汇聚合力\n\n高位统筹推进。"
    assert len(normalise(text).split("\n")) == 4


def test_speech_verb_continuation_is_joined() -> None:
    text = "河南省总工会党组成员、副主席李某某\n\n表示,要做好服务。"
    assert normalise(text) == "河南省总工会党组成员、副主席李某某表示,要做好服务。"


def test_dateline_paragraph_cut_mid_sentence_is_joined() -> None:
    text = "本报讯（记者　张明）5月20日，九江市濂溪区总工会、九江华瑞纺织有限公司在濂溪区\n签订《劳动关系协调合作协议》。\n本报记者　张明"
    assert normalise(text).split("\n") == [
        "本报讯（记者　张明）5月20日，九江市濂溪区总工会、九江华瑞纺织有限公司在濂溪区签订《劳动关系协调合作协议》。",
        "本报记者　张明",
    ]


def test_paragraph_with_a_finished_sentence_and_a_cut_tail_is_joined() -> None:
    text = "东关街道总工会推行“点单服务”。安顺保洁\n\n服务公司经理赵某某带头接单。\n\n春风送岗进园区"
    assert normalise(text).split("\n") == ["东关街道总工会推行“点单服务”。安顺保洁服务公司经理赵某某带头接单。", "春风送岗进园区"]


def test_headline_without_a_finished_sentence_is_not_joined() -> None:
    text = "春风送岗进园区\n\n本报讯 近日,某某街道总工会举办招聘会。"
    assert len(normalise(text).split("\n")) == 2


def test_clean_name_drops_spaces_and_quotes_only() -> None:
    from extract.text.spans import clean_name

    assert clean_name("无锡市梁溪区总工会") == "无锡市梁溪区总工会"
    assert clean_name("“最美职工” 评选") == "最美职工评选"
    assert clean_name("《工人日报》") == "工人日报"
    assert clean_name("A·B-C(中国)") == "A·B-C(中国)"
    assert clean_name("") == ""
