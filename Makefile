# unionkg — the two commands: `make run` (the main job) and `make test`.
SHELL := /bin/bash
UV := $(shell command -v uv 2>/dev/null || echo "python3 -m uv")

.PHONY: help install run test neo4j-start neo4j-stop lint bench explorer-assets browser-deps

help:
	@echo "make run   - install, start the local Neo4j, ingest seeds/, serve the API at http://127.0.0.1:8000"
	@echo "make test  - install, start a private Neo4j, run the whole suite, stop the server"

# uv from PyPI when the machine has none; then the locked environment; then the
# extractor compiled with mypyc (~2 min once, nothing while current; pure Python
# stays in use when the machine has no C compiler).
install:
	@command -v uv >/dev/null 2>&1 || python3 -m uv --version >/dev/null 2>&1 || python3 -m pip install --quiet uv
	$(UV) sync --frozen
	$(UV) run unionkg native build

neo4j-start: install
	$(UV) run unionkg neo4j start

neo4j-stop:
	$(UV) run unionkg neo4j stop

run: neo4j-start explorer-assets
	$(UV) run unionkg ingest seeds/
	$(UV) run unionkg serve

# The seed evaluation is a regression gate (thresholds just under the figures
# measured on main); its table is printed before the suite runs.
EVAL_MIN_ENTITY_F1 ?= 0.90
EVAL_MIN_RELATION_F1 ?= 0.84

test: install explorer-assets browser-deps
	$(UV) run unionkg eval tests/gold/seeds.jsonl seeds/ --min-entity-f1 $(EVAL_MIN_ENTITY_F1) --min-relation-f1 $(EVAL_MIN_RELATION_F1)
	$(UV) run unionkg eval tests/gold/articles.jsonl tests/articles/ --min-entity-f1 0.95 --min-relation-f1 0.90
	UNIONKG_REQUIRE_NATIVE=1 $(UV) run pytest

lint: install
	$(UV) run mypy

# The explorer's JavaScript (cytoscape), from npm as locked in browse/package-lock.json,
# copied into api/static/vendor/ (gitignored); redone only when the lock changes.
explorer-assets: api/static/vendor/.installed

api/static/vendor/.installed: browse/package.json browse/package-lock.json browse/install-assets.sh
	@browse/install-assets.sh
	@touch $@

# Debian's Chromium and a CJK font for the browser tests (tests/browse, marked `browser`), when missing.
browser-deps:
	@command -v chromium >/dev/null 2>&1 && fc-list :lang=zh 2>/dev/null | grep -q . || \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null; }
