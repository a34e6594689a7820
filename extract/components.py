"""spaCy pipeline components: mention recognition and sentence-level relations.

Each Doc is one sentence. ``unionkg_mentions`` sets ``doc._.mentions`` (the
exact character spans, a list of :class:`~extract.text.Found`) and the span
group ``doc.spans["unionkg"]`` (token-aligned, for display); ``unionkg_relations``
reads the mentions and sets ``doc._.relations``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

from extract.bodies import BodyFinder
from extract.fold import fold
from extract.lexicon import load_lexicon
from extract.named import NamedFinder
from extract.people import PersonFinder
from extract.relate import RelationFinder
from extract.text import Found

SPAN_KEY = "unionkg"
TEXT_KEY = "unionkg_text"
FOLDED_KEY = "unionkg_folded"
PLACES_KEY = "unionkg_places"
BODY_LABELS = frozenset({"Union", "Enterprise", "Organisation"})
_OPENERS = "(（ 　"


def _after_person(body: Found, people: list[Found], text: str) -> Found:
    """A body whose left edge swallowed a listed person (陈志强(深圳…公司) starts after the bracket."""
    for p in people:
        if body.start <= p.start < p.end < body.end and text[p.end] in _OPENERS:
            start = p.end + 1
            return Found(body.label, start, body.end, text[start : body.end], body.props)
    return body


def _token_spans(doc: Doc, found: list[Found]) -> list[Span]:
    """The mentions as token spans (a span covers every token a mention touches)."""
    if len(doc) == len(doc_text(doc)):  # one token a character: offsets are token indices
        return [Span(doc, f.start, f.end, label=f.label) for f in found]
    spans = [doc.char_span(f.start, f.end, label=f.label, alignment_mode="expand") for f in found]
    return [s for s in spans if s is not None]


def doc_text(doc: Doc) -> str:
    """The Doc's text, joined once and kept in ``user_data`` (``Doc.text`` re-joins every token)."""
    text = doc.user_data.get(TEXT_KEY)
    if not isinstance(text, str):
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def doc_folded(doc: Doc) -> str:
    """The simplified fold of the Doc's text (:func:`~extract.fold.fold`), kept in ``user_data``."""
    folded = doc.user_data.get(FOLDED_KEY)
    if not isinstance(folded, str):
        folded = doc.user_data[FOLDED_KEY] = fold(doc_text(doc))
    return folded


def register_extensions() -> None:
    """Register the Doc extensions once (safe to call again)."""
    if not Doc.has_extension("mentions"):
        Doc.set_extension("mentions", default=None)
    if not Doc.has_extension("relations"):
        Doc.set_extension("relations", default=None)


class MentionRecogniser:
    """Finds bodies, persons, programmes and awards in a sentence Doc."""

    def __init__(self, nlp: Language, name: str, span_key: str) -> None:
        register_extensions()
        lex = load_lexicon()
        self.name, self.span_key = name, span_key
        self.bodies, self.people, self.named = BodyFinder(lex), PersonFinder(lex), NamedFinder(lex)

    def __call__(self, doc: Doc) -> Doc:
        found = self.find(doc_text(doc), doc.user_data.get(PLACES_KEY), doc_folded(doc))
        doc._.mentions = found
        doc.spans[self.span_key] = SpanGroup(doc, name=self.span_key, spans=_token_spans(doc, found))
        return doc

    def find(self, text: str, places: list[tuple[int, int]] | None = None, folded: str | None = None) -> list[Found]:
        """Every mention of a sentence, sorted by position (``places``: the sentence's place hits and
        ``folded`` its simplified fold, when known)."""
        folded = fold(text) if folded is None else folded
        bodies = self.bodies.find(text, places, folded)
        people = self.people.find(text, folded)
        out = bodies + people + self.named.find(text)
        if people and bodies:  # a body may have swallowed a person, a person may lie inside a body
            bodies = [_after_person(f, people, text) if f.label in BODY_LABELS else f for f in bodies]
            out = bodies + people + out[len(bodies) + len(people) :]
            bodies = [f for f in bodies if f.label in BODY_LABELS]
            out = [f for f in out if f.label != "Person" or not any(b.start < f.end and f.start < b.end for b in bodies)]
        return sorted(out, key=lambda f: (f.start, -f.end))


class RelationRecogniser:
    """Reads the relations a sentence states between its mentions."""

    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        self.name = name
        self.finder = RelationFinder(load_lexicon())

    def __call__(self, doc: Doc) -> Doc:
        ext = doc._  # one Underscore for the read and the write
        ext.relations = self.finder.find(doc_text(doc), ext.mentions or [], doc_folded(doc))
        return doc


@Language.factory(
    "unionkg_mentions",
    assigns=["doc._.mentions", "doc.spans"],
    default_config={"span_key": SPAN_KEY},
)
def make_mentions(nlp: Language, name: str, span_key: str) -> MentionRecogniser:
    """Factory of the mention recogniser."""
    return MentionRecogniser(nlp, name, span_key)


@Language.factory("unionkg_relations", requires=["doc._.mentions"], assigns=["doc._.relations"], default_config={})
def make_relations(nlp: Language, name: str) -> RelationRecogniser:
    """Factory of the sentence relation reader."""
    return RelationRecogniser(nlp, name)

