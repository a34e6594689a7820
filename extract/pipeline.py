"""The extractor: normalise → split → recognise → relate (spaCy) → resolve → assemble.

``Extractor`` builds the spaCy pipeline once. ``extract`` works article by
article, a block of sentences at a time (one Doc a block of at most
:data:`BLOCK_CHARS` characters, the components reading each sentence in it), so
memory stays bounded on a large page: only mentions and relation candidates are kept.
All offsets are into the page's normalised text (:func:`extract.text.normalise.normalise`).
"""

from __future__ import annotations

from collections.abc import Iterator

import spacy
from spacy.lang.zh import ChineseTokenizer
from spacy.language import Language
from spacy.tokens import Doc

from core.settings import Settings
from extract import compiled
from extract.assemble.entities import RelationBuilder, build_entities, subject_unions
from extract.components import FOLDED_KEY, PLACES_KEY, SENTS_KEY, TEXT_KEY, RelationRecogniser  # registers the factories too
from extract.models import Article, DocResult, Entity
from extract.page.passes import complete_page
from extract.recognise.places import ArticlePlaces
from extract.relate.base import RelProps
from extract.resolve import PageMention, Resolver, SentenceRecord
from extract.resources.lexicon import load_lexicon
from extract.text.chars import CharTokenizer
from extract.text.fold import fold
from extract.text.normalise import normalise
from extract.text.spans import Found
from extract.text.split import Sentence, sentences, split_articles

# Sentences go through the pipeline in blocks of about this many characters, one Doc a block:
# a Doc costs about as much to make as 200 characters' tokens, and a block stays small
# whatever the article's length (a sentence longer than this is a block of its own).
BLOCK_CHARS = 2000


def sentence_blocks(sents: list[Sentence], size: int = BLOCK_CHARS) -> Iterator[list[Sentence]]:
    """Runs of consecutive sentences spanning at most ``size`` characters (at least one sentence each)."""
    block: list[Sentence] = []
    for sent in sents:
        if block and sent.end - block[0].start > size:
            yield block
            block = []
        block.append(sent)
    if block:
        yield block


def build_nlp(settings: Settings | None = None) -> Language:
    """``spacy.blank("zh")`` (pkuseg segmenter when a model path is set) plus our components."""
    model = settings.pkuseg_model if settings else None
    if model is None:
        nlp = spacy.blank("zh")
        nlp.tokenizer = CharTokenizer(nlp.vocab)
    else:
        nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "pkuseg"}}})
        tokenizer = nlp.tokenizer
        assert isinstance(tokenizer, ChineseTokenizer)
        tokenizer.initialize(pkuseg_model=str(model))
    if settings is None or settings.ner == "lac":
        nlp.add_pipe("unionkg_lac", config={"threads": settings.ner_threads if settings else 1})
    nlp.add_pipe("unionkg_mentions")
    nlp.add_pipe("unionkg_relations")
    return nlp


class Extractor:
    """Reads entities and relations from one decoded page at a time."""

    def __init__(self, settings: Settings | None = None) -> None:
        compiled.warn_if_stale()
        self.settings = settings or Settings()
        self.nlp = build_nlp(self.settings)
        self.components = [component for _, component in self.nlp.pipeline]
        relations = self.nlp.get_pipe("unionkg_relations")
        assert isinstance(relations, RelationRecogniser)
        self.relations = relations
        self.resolver = Resolver(load_lexicon())

    def extract(self, doc_name: str, text: str) -> DocResult:
        """Everything read from one page (``text`` is already decoded)."""
        page = normalise(text)
        articles = split_articles(doc_name, page)
        folded = fold(page)  # one pass for the page: articles and sentences slice it
        places = [ArticlePlaces(a.text, a.start, folded[a.start : a.end]) for a in articles]
        records = [r for i, a in enumerate(articles) for r in self._read_article(i, a, places[i])]
        complete_page(records, self.relations.finder)
        mentions = [m for r in records for m in r.mentions if m is not None]
        kept = {id(m) for m in self.resolver.resolve(mentions, places)}
        for r in records:
            r.mentions = [m if m is not None and id(m) in kept else None for m in r.mentions]
        resolved = [m for r in records for m in r.mentions if m is not None]
        entities = build_entities(resolved, articles)
        builder = RelationBuilder(entities, articles)
        self._relations(records, builder, subject_unions(resolved, len(articles)))
        builder.add_part_of()
        return DocResult(doc=doc_name, articles=articles, entities=list(entities.values()), relations=list(builder.relations.values()))

    def _read_article(self, index: int, article: Article, places: ArticlePlaces) -> Iterator[SentenceRecord]:
        bylines = set(article.bylines)
        for block in sentence_blocks(sentences(article), BLOCK_CHARS):
            first, last = block[0].start - article.start, block[-1].end - article.start
            bounds = [(s.start - article.start - first, s.end - article.start - first) for s in block]
            hits = [places.sentence_hits(first + start, first + end) for start, end in bounds]
            doc = self._process(article.text[first:last], bounds, hits, places.folded[first:last])
            ext = doc._
            per_sentence: list[list[Found]] = ext.sentence_mentions
            for sent, found, relations in zip(block, per_sentence, ext.sentence_relations):
                mentions: list[PageMention | None] = [
                    None
                    if f.label == "Person" and f.text in bylines
                    else PageMention(f, index, 0, sent.start + f.start, sent.start + f.end)
                    for f in found
                ]
                yield SentenceRecord(index, sent, mentions, relations)

    def _process(self, text: str, bounds: list[tuple[int, int]], places: list[list[tuple[int, int]]], folded: str) -> Doc:
        """One block of sentences through the pipeline: the Doc carries its text (components read it
        instead of re-joining tokens), the sentences' bounds and place hits (read off the article's
        pass) and its simplified fold; components are called directly (``nlp.pipe`` adds batching
        machinery this does not need)."""
        doc = self.nlp.make_doc(text)
        doc.user_data[TEXT_KEY] = text
        doc.user_data[SENTS_KEY] = bounds
        doc.user_data[PLACES_KEY] = places
        doc.user_data[FOLDED_KEY] = folded
        for component in self.components:
            doc = component(doc)
        return doc

    def _relations(self, records: list[SentenceRecord], builder: RelationBuilder, subjects: list[PageMention | None]) -> None:
        last_programme: dict[int, PageMention] = {}
        for r in records:
            evidence = builder.evidence(r) if r.relations else None
            for rel in r.relations:
                src = r.mentions[rel.source] if rel.source is not None else subjects[r.article]
                tgt = r.mentions[rel.target] if rel.target is not None else last_programme.get(r.article)
                s_ent, t_ent = builder.entity(src), builder.entity(tgt)
                if s_ent is None or t_ent is None:
                    continue
                builder.add(rel.type, s_ent, t_ent, self._props(rel.props, r), evidence)
            for m in r.mentions:
                if m is not None and m.label == "Programme":
                    last_programme[r.article] = m

    @staticmethod
    def _props(props: RelProps, r: SentenceRecord) -> dict[str, str]:
        """The relation's properties as the contract writes them (the conferring body by its entity id)."""
        out: dict[str, str] = {}
        for key, value in props.items():
            out[key] = _entity_ref(r.mentions[value]) if key == "conferred_by" and isinstance(value, int) else str(value)
        return out


def _entity_ref(m: PageMention | None) -> str:
    from extract.assemble.ids import entity_id

    return entity_id(m.label, m.name) if m is not None else ""


def entity_names(entities: list[Entity]) -> list[str]:
    """Names of entities (handy in tests)."""
    return [e.name for e in entities]
