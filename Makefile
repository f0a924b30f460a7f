# The commands the README gives. Everything installs into .venv from requirements*.txt.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install messages makemessages setup run test lint format worker beat bench clean e2e-tools ralph

$(VENV)/.installed: requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

messages: install
	$(MANAGE) compiletranslations

# Database, translations and demo content on SQLite, tasks in-process.
setup: messages
	$(MANAGE) migrate --noinput
	$(MANAGE) seed_demo

run: setup
	$(MANAGE) runserver $(HOST):$(PORT)

test: messages e2e-tools ralph
	$(BIN)/pytest $(PYTEST_ARGS)

# axe-core for the browser tests, at the version pinned in tests/e2e/package.json, from the npm
# registry into a git-ignored node_modules. Without npm the accessibility tests skip (fail in CI).
AXE_JS := tests/e2e/node_modules/axe-core/axe.min.js

$(AXE_JS): tests/e2e/package.json
	cd tests/e2e && npm install --no-save --no-package-lock --no-audit --no-fund --loglevel=error
	touch $@

# Ralph, the learning record store the xAPI tests send statements to (docs/xapi.md), in its own
# virtualenv from requirements-ralph.txt: its pins would clash with ours.
RALPH_VENV := .venv-ralph

$(RALPH_VENV)/.installed: requirements-ralph.txt
	$(PYTHON) -m venv $(RALPH_VENV)
	$(RALPH_VENV)/bin/pip install --quiet --upgrade pip
	$(RALPH_VENV)/bin/pip install --quiet -r requirements-ralph.txt
	touch $@

ralph: $(RALPH_VENV)/.installed

e2e-tools:
	@if command -v npm >/dev/null; then $(MAKE) -s --no-print-directory $(AXE_JS); \
	else echo "npm not found: the accessibility tests will skip (see docs/testing.md)"; fi

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(MANAGE) makemigrations --check --dry-run

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Regenerate the .po files after changing interface strings (needs GNU gettext's xgettext),
# then translate the new entries in ky and ru; English msgstrs are filled from the msgids.
makemessages: install
	$(MANAGE) makemessages -l ky -l ru -l en --no-obsolete --no-location \
		--ignore='.venv/*' --ignore='.venv-ralph/*' --ignore='*/migrations/*' --ignore='tests/*' --ignore='bench/*'
	$(MANAGE) fillenglish

worker: install
	$(BIN)/celery -A lms worker --loglevel=info

beat: install
	$(BIN)/celery -A lms beat --loglevel=info

# Load benchmark on the scale data (PostgreSQL lms_bench, Redis DB 5, gunicorn, nginx, wrk), a few
# minutes on loopback; writes docs/benchmarks.md. Not part of `make test`. See docs/benchmarks.md.
bench: messages
	$(BIN)/python bench/run.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) $(RALPH_VENV) staticfiles .pytest_cache .ruff_cache tests/e2e/node_modules
