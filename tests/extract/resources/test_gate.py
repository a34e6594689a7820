"""lexicon.Gate: a text the gate shuts on cannot match the pattern it guards; lexicon.Words: the regex's matches without the regex."""

import re

from extract.resources.lexicon import Gate, alternation, load_lexicon


def test_every_word_holds_a_gate_character() -> None:
    words = load_lexicon().get("host_verb")
    gate = Gate(words)
    assert all(set(w) & set(gate.chars) for w in words)
    assert len(gate.chars) < len(words)


def test_shut_gate_means_no_match() -> None:
    words = load_lexicon().get("elect_verb")
    pattern, gate = re.compile(alternation(words)), Gate(words)
    for text in ("会议选举张三为主席", "市总工会任命李四", "今天天气很好", ""):
        assert gate.open(text) or pattern.search(text) is None
    assert not gate.open("今天天气很好")
    assert gate.open("补选两名委员")


def test_large_gate_uses_one_scan() -> None:
    gate = Gate(["甲乙", "丙丁", "戊己", "庚辛", "壬癸"])
    assert len(gate.chars) == 5
    assert gate.open("……壬……") and not gate.open("子丑寅卯")


def test_words_match_what_the_alternation_regex_matches() -> None:
    """lexicon.Words (str.find scans) gives the spans re.compile(alternation(words)).finditer gives."""
    import random

    from extract.resources.lexicon import Words

    rng = random.Random(7)
    alphabet = "张李王伟芳工会市"
    for _ in range(2000):
        words = {"".join(rng.choices(alphabet, k=rng.randint(1, 3))) for _ in range(rng.randint(1, 4))}
        text = "".join(rng.choices(alphabet, k=rng.randint(0, 20)))
        expected = [m.span() for m in re.compile(alternation(sorted(words, key=len, reverse=True))).finditer(text)]
        assert Words(words).finditer(text) == expected, (words, text)
