"""The linear character tokenizer builds the Docs spaCy's zh char segmenter builds."""

import pytest
import spacy

from extract.text.chars import CharTokenizer

TEXTS = [
    "成都市武侯区总工会举办培训。",
    "记者 张三  通讯员 李四 摄",
    "  开头有空格,结尾也有 ",
    "全角空格\u3000在中间\t和制表符\n换行",
    "ABC 公司 2024年",
    "\U00020000 扩展B区字符与emoji😀",
    "",
    " ",
]


@pytest.mark.parametrize("text", TEXTS)
def test_same_tokens_and_spaces_as_spacy(text: str) -> None:
    nlp = spacy.blank("zh")
    expected = nlp.make_doc(text)
    got = CharTokenizer(nlp.vocab)(text)
    assert [t.text for t in got] == [t.text for t in expected]
    assert [t.whitespace_ for t in got] == [t.whitespace_ for t in expected]
    assert got.text == text


_TOKENIZER = CharTokenizer(spacy.blank("zh").vocab)  # one for all: its id table fills as it goes


def _words(text: str) -> tuple[list[str], list[bool]]:
    doc = _TOKENIZER(text)
    return [t.text for t in doc], [bool(t.whitespace_) for t in doc]


def test_no_whitespace_is_one_token_a_character() -> None:
    assert _words("工会") == (["工", "会"], [False, False])


def test_whitespace_runs_match_the_character_by_character_rule() -> None:
    """Every mix of characters, single spaces, runs and other whitespace, against the plain rule."""
    import itertools

    def plain(text: str) -> tuple[list[str], list[bool]]:
        words: list[str] = []
        spaces: list[bool] = []
        i = 0
        while i < len(text):
            if text[i].isspace():
                j = i
                while j < len(text) and text[j].isspace():
                    j += 1
                words.append(text[i:j])
                spaces.append(False)
                i = j
                continue
            words.append(text[i])
            spaces.append(i + 1 < len(text) and text[i + 1] == " ")
            i += 2 if spaces[-1] else 1
        return words, spaces

    for n in range(1, 6):
        for chars in itertools.product("工 \n\u3000", repeat=n):
            text = "".join(chars)
            assert _words(text) == plain(text), repr(text)
