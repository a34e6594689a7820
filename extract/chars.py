"""A linear-time character tokenizer that builds the Docs spaCy's ``zh`` "char" segmenter builds.

spaCy's ``ChineseTokenizer`` in "char" mode splits the text into characters and
then realigns them with ``util.get_words_and_spaces``, which slices the rest of
the text once per character (quadratic in the text's length). The Docs here
are the same (one token a character, a whitespace run one token, a single
space after a character its trailing space), built in one pass.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc
from spacy.vocab import Vocab

_SPACE = re.compile(r"\s")
_SPACES = re.compile(r"\s+")


def char_words(text: str) -> tuple[list[str], list[bool]]:
    """Words and trailing-space flags of ``text`` as the ``zh`` char segmenter gives them."""
    words: list[str] = []
    spaces: list[bool] = []
    pos = 0
    for m in _SPACES.finditer(text):
        start, end = m.span()
        if start > pos:  # the characters before the run, one word each
            words += text[pos:start]
            spaces += [False] * (start - pos)
            if text[start] == " ":  # one space after a character is its trailing space
                spaces[-1] = True
                start += 1
        if end > start:  # the rest of the run is a word of its own
            words.append(text[start:end])
            spaces.append(False)
        pos = end
    words += text[pos:]
    spaces += [False] * (len(text) - pos)
    return words, spaces


class CharTokenizer:
    """``nlp.tokenizer`` for the "char" segmenter: one Doc a text, built in linear time.

    Words go to the Doc as their ids in the vocabulary's string store (kept by word here):
    ``Doc`` then looks each lexeme up by id instead of hashing the string again."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self._ids: dict[str, int] = {}

    def __call__(self, text: str) -> Doc:
        words: str | list[str]
        if _SPACE.search(text) is None:
            words, spaces = text, [False] * len(text)  # one word a character: read the text itself
        else:
            words, spaces = char_words(text)
        ids = self._ids
        try:
            orths = [ids[w] for w in words]
        except KeyError:  # a character (or whitespace run) not seen before
            for w in words:
                if w not in ids:
                    ids[w] = self.vocab.strings.add(w)
            orths = [ids[w] for w in words]
        return Doc(self.vocab, words=orths, spaces=spaces)  # type: ignore[arg-type]  # ids are documented words; the stub lists str only
