# unionkg — the two commands: `make run` (the main job) and `make test`.
SHELL := /bin/bash
UV := $(shell command -v uv 2>/dev/null || echo "python3 -m uv")

.PHONY: help uv install install-run run test neo4j-start neo4j-stop lint bench explorer-assets browser-deps

help:
	@echo "make run   - install, start the local Neo4j, ingest seeds/, serve the API at http://127.0.0.1:8000"
	@echo "make test  - install, start a private Neo4j, run the whole suite, stop the server"

# uv from PyPI when the machine has none.
uv:
	@command -v uv >/dev/null 2>&1 || python3 -m uv --version >/dev/null 2>&1 || python3 -m pip install --quiet uv

# The development environment (`make test`, `make lint`): the locked runtime
# dependencies plus the dev group (pytest, mypy, playwright …); then the
# extractor compiled with mypyc (~2 min once, nothing while current; pure
# Python stays in use when the machine has no C compiler).
install: uv
	$(UV) sync --frozen
	$(UV) run --no-sync unionkg native build

# The run environment (`make run`): runtime dependencies only. mypy and
# setuptools (the `build` group) come in for `unionkg native build` and go out
# again; the compiled extractor does not need them to run.
install-run: uv
	$(UV) sync --frozen --no-dev --group build
	$(UV) run --no-sync unionkg native build
	$(UV) sync --frozen --no-dev

neo4j-start: install
	$(UV) run --no-sync unionkg neo4j start

neo4j-stop:
	$(UV) run --no-sync unionkg neo4j stop

# `uv run --no-sync`: a plain `uv run` would sync the default (dev) group back in.
run: install-run explorer-assets
	$(UV) run --no-sync unionkg neo4j start
	$(UV) run --no-sync unionkg ingest seeds/
	$(UV) run --no-sync unionkg serve

# The seed evaluation is a regression gate (thresholds just under the figures
# measured on main); its table is printed before the suite runs.
EVAL_MIN_ENTITY_F1 ?= 0.90
EVAL_MIN_RELATION_F1 ?= 0.84

test: install explorer-assets browser-deps
	$(UV) run --no-sync ruff check .
	$(UV) run --no-sync unionkg eval tests/gold/seeds.jsonl seeds/ --min-entity-f1 $(EVAL_MIN_ENTITY_F1) --min-relation-f1 $(EVAL_MIN_RELATION_F1)
	$(UV) run --no-sync unionkg eval tests/gold/articles.jsonl tests/articles/ --min-entity-f1 0.95 --min-relation-f1 0.90
	UNIONKG_REQUIRE_NATIVE=1 $(UV) run --no-sync pytest

# ruff (pycodestyle, pyflakes, import order, bugbear, pyupgrade; line length 140) and mypy --strict.
lint: install
	$(UV) run --no-sync ruff check .
	$(UV) run --no-sync mypy

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
