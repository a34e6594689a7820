"""spaCy pipeline components: mention recognition and sentence-level relations.

Each Doc is one sentence. ``unionkg_mentions`` sets ``doc._.mentions`` (the
exact character spans, a list of :class:`~extract.text.Found`) and the span
group ``doc.spans["unionkg"]`` (token-aligned, for display); ``unionkg_relations``
reads the mentions and sets ``doc._.relations``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, SpanGroup

from extract.bodies import BodyFinder
from extract.lexicon import load_lexicon
from extract.named import NamedFinder
from extract.people import PersonFinder
from extract.relate import RelationFinder
from extract.text import Found

SPAN_KEY = "unionkg"


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
        self.finders = (BodyFinder(lex), PersonFinder(lex), NamedFinder(lex))

    def __call__(self, doc: Doc) -> Doc:
        found = self.find(doc.text)
        doc._.mentions = found
        spans = [doc.char_span(f.start, f.end, label=f.label, alignment_mode="expand") for f in found]
        doc.spans[self.span_key] = SpanGroup(doc, name=self.span_key, spans=[s for s in spans if s is not None])
        return doc

    def find(self, text: str) -> list[Found]:
        """Every mention of a sentence, sorted by position."""
        out: list[Found] = []
        for finder in self.finders:
            out += finder.find(text)
        bodies = [f for f in out if f.label in ("Union", "Enterprise", "Organisation")]
        out = [f for f in out if f.label != "Person" or not any(b.start < f.end and f.start < b.end for b in bodies)]
        return sorted(out, key=lambda f: (f.start, -f.end))


class RelationRecogniser:
    """Reads the relations a sentence states between its mentions."""

    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        self.name = name
        self.finder = RelationFinder(load_lexicon())

    def __call__(self, doc: Doc) -> Doc:
        doc._.relations = self.finder.find(doc.text, doc._.mentions or [])
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

