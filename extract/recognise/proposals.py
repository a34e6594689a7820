"""The statistical model's spans, judged by the rules.

LAC proposes persons (PER) and bodies (ORG); the rules decide what becomes a
mention. A proposal that overlaps a mention the rules found is dropped (the
rules' span and label win). A person needs a name's shape (a surname or a
name element and one to three more characters, no title, no place, or a
transliterated name with a middle dot), must be followed by what follows a
name (punctuation, a verb, a title, a count, ``after_name`` words such as
家 / 同志), and must not sit in a byline or a short quoted name. A body is
read again by the rules' own body finder on the proposed text alone: a known
suffix gives its label (and a bare level form such as 市总工会 stays generic,
for the resolver to complete from context). A body with no known suffix is
kept only when it ends like a body (``org_ending`` in ``words.csv``: an
Organisation) or on a trade word (``ent_trade``: 纸业, 物流: an Enterprise), and
is neither a place, a newspaper nor a generic word.
"""

from __future__ import annotations

import re

from extract.recognise.bodies import BodyFinder
from extract.recognise.lac import Word
from extract.resources.lexicon import Lexicon, alternation
from extract.resources.names import NameRules
from extract.text.spans import Found, FoundProps, is_place_name

_NAME_SHAPE = re.compile(r"[\u4e00-\u9fff]{2,4}")
_DOTTED = re.compile(r"[\u4e00-\u9fff]{1,8}[·•][\u4e00-\u9fff]{1,8}")
_BODY_TEXT = re.compile(r"[\u4e00-\u9fffA-Za-z0-9()（）]{2,40}")


def _in_short_quote(text: str, at: int, longest: int = 12) -> bool:
    """``at`` lies inside a quotation of at most ``longest`` characters (a quoted name, not speech)."""
    opened = text.rfind("“", 0, at)
    if opened < 0 or text.rfind("”", 0, at) > opened:
        return False
    closed = text.find("”", at)
    return 0 <= closed - opened <= longest + 1


class Proposals:
    """Turns LAC's PER and ORG words of a sentence into mentions the rules accept."""

    def __init__(self, lex: Lexicon, bodies: BodyFinder) -> None:
        self.names = NameRules(lex)
        self.title = re.compile(alternation(lex.get("title") + lex.get("role")))
        # a byline cue and the names after it, up to the name proposed (no clause break between)
        self.byline = re.compile(rf"(?:{alternation(lex.get('byline_cue'))})[^，,。；;：:]*$")
        self.bodies = bodies
        self.org_endings = tuple(lex.get("org_ending"))
        self.trade = tuple(lex.get("ent_trade"))
        self.not_body = tuple(lex.get("news_ending"))
        self.generic = frozenset(lex.get("generic"))
        self.after_name = tuple(lex.get("after_name"))

    def persons(self, text: str, found: list[Found], words: list[Word]) -> list[Found]:
        """Persons from the model's PER words that overlap none of ``found`` (the rules' persons)."""
        return self._proposed(text, found, words, "PER")

    def bodies_of(self, text: str, found: list[Found], words: list[Word]) -> list[Found]:
        """Bodies from the model's ORG words that overlap none of ``found``."""
        return self._proposed(text, found, words, "ORG")

    def _proposed(self, text: str, found: list[Found], words: list[Word], tag: str) -> list[Found]:
        taken = [(f.start, f.end) for f in found]
        out: list[Found] = []
        for w in words:
            if w.tag != tag or any(a < w.end and w.start < b for a, b in taken):
                continue
            mention = self._person(text, w) if tag == "PER" else self._body(text, w)
            if mention is not None:
                out.append(mention)
                taken.append((mention.start, mention.end))
        return out

    def _person(self, text: str, w: Word) -> Found | None:
        name = text[w.start : w.end]
        if not (self._model_name(name) or _DOTTED.fullmatch(name)):
            return None
        after = text[w.end : w.end + 2]
        followed = (
            self.names.ends_at(text, w.end) or after[:1].isdigit() or after.startswith(self.after_name) or self.title.match(text, w.end)
        )
        if not followed or _in_short_quote(text, w.start):
            return None  # 燕峰物流, 安建大: the start of a longer word; “归谷智造”: inside a quoted name
        if self.byline.search(text[max(0, w.start - 16) : w.start]):
            return None  # 通讯员 某某 报道, (记者 某某 实习生 某某): a byline, never an entity
        return Found("Person", w.start, w.end, name, {"source": "model"})

    def _model_name(self, name: str) -> bool:
        """A name the model proposed: one the rules accept after a strong cue, or a surname (or a
        name element) and one to three more characters with no title, no place, and no
        predicate's first character closing a three-character name (展馆并)."""
        rules = self.names
        if not _NAME_SHAPE.fullmatch(name):
            return False
        if rules.is_name(name, True):
            return True
        head = name[:2] in rules.double or name[0] in rules.surnames or name[:2] in rules.elements
        return head and not (len(name) == 3 and name[-1] in rules.cut) and not rules.has_title(name) and not is_place_name(name)

    def _suffixed(self, name: str) -> bool:
        return any(end + 1 == len(name) for end, _ in self.bodies.suffixes.iter(name))

    def _body(self, text: str, w: Word) -> Found | None:
        name = text[w.start : w.end]
        if not _BODY_TEXT.fullmatch(name) or name in self.generic or is_place_name(name) or name.endswith(self.not_body):
            return None
        for f in self.bodies.find(name):
            if f.end == len(name):  # the rules read a body ending where the model's does: their label, their name
                props = FoundProps(**f.props, source="model")
                return Found(f.label, w.start + f.start, w.end, text[w.start + f.start : w.end], props)
        if len(name) < 3 or "工会" in name or self._suffixed(name):
            return None  # a union or a suffixed body the rules did not accept
        if name.endswith(self.org_endings):
            return Found("Organisation", w.start, w.end, name, {"source": "model"})
        if name.endswith(self.trade):
            return Found("Enterprise", w.start, w.end, name, {"source": "model"})
        return None
