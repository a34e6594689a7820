"""Newspaper pages → entities and relations (SCHEMA.md).

The compiled build of the extractor's modules (:mod:`extract.native`) is used
when it was built from exactly the sources on disk; otherwise the pure-Python
modules are.
"""

from extract import native

native.current = native.activate(__path__)
