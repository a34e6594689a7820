"""A linear-time character tokenizer that builds the Docs spaCy's ``zh`` "char" segmenter builds.

spaCy's ``ChineseTokenizer`` in "char" mode splits the text into characters and
then realigns them with ``util.get_words_and_spaces``, which slices the rest of
the text once per character (quadratic in the text's length). The Docs here
are the same (one token a character, a whitespace run one token, a single
space after a character its trailing space), built in one pass.
"""

from __future__ import annotations

import re
from typing import cast

import numpy as np
from spacy.tokens import Doc
from spacy.vocab import Vocab

_SPACE = re.compile(r"\s")
_SPACES = re.compile(r"\s+")


class CharTokenizer:
    """``nlp.tokenizer`` for the "char" segmenter: one Doc a text, built in linear time.

    Words go to the Doc as their ids in the vocabulary's string store: a table
    indexed by code point (filled as characters are first seen) turns the whole
    text into ids in one vectorised step, so no one-character string is made
    and hashed per character; ``Doc`` then looks each lexeme up by id. Only the
    few whitespace runs (between the sentences of a block) are handled one by one.
    """

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self._ids: dict[str, int] = {}
        self._table = np.zeros(0x110000, dtype=np.uint64)  # code point → id (0: not seen yet)

    def _id(self, word: str) -> int:
        orth = self._ids.get(word)
        if orth is None:
            orth = self._ids[word] = int(self.vocab.strings.add(word))
        return orth

    def __call__(self, text: str) -> Doc:
        points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        table = self._table
        ids = table[points]
        if not ids.all():  # characters not seen before
            for point in np.unique(points[ids == 0]).tolist():
                table[point] = self._id(chr(point))
            ids = table[points]
        if _SPACE.search(text) is None:  # one word a character
            return Doc(self.vocab, words=ids.tolist(), spaces=[False] * len(text))
        orths: list[int] = []
        spaces: list[bool] = []
        pos = 0
        for m in _SPACES.finditer(text):
            start, end = m.span()
            if start > pos:
                orths += ids[pos:start].tolist()
                spaces += [False] * (start - pos)
                if text[start] == " ":
                    spaces[-1] = True
                    start += 1
            if end > start:
                orths.append(self._id(text[start:end]))
                spaces.append(False)
            pos = end
        orths += ids[pos:].tolist()
        spaces += [False] * (len(text) - pos)
        # ids are documented words (a Doc takes hashes as well as strings); the stub lists str only
        return Doc(self.vocab, words=cast("list[str]", orths), spaces=spaces)
