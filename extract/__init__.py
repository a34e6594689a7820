"""Newspaper pages → entities and relations (SCHEMA.md).

The flow, one subpackage a stage: ``source/`` reads files → ``text/``
normalises a page and splits it into articles and sentences → ``recognise/``
finds mentions (the rules and the statistical model's proposals) →
``relate/`` reads the relations a sentence states → ``resolve`` gives each
mention its canonical name within the page → ``page/`` runs the passes over a
whole page → ``assemble/`` builds the contract's entities and relations
(``models``). ``pipeline.Extractor`` runs them in that order; ``components``
registers the spaCy factories; ``resources/`` holds what every stage reads;
``eval/`` scores output against gold. ``compiled`` loads the mypyc build when
a program opts in.
"""
