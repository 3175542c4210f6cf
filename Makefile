# The README's commands. `make run` and `make test` set everything up on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run serve test lint format bench docs migrate messages clean

$(BIN)/python:
	./scripts/make-venv.sh $(PYTHON) $(VENV)

# Reinstall only when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	./scripts/ensure-system-deps.sh
	$(BIN)/python scripts/messages.py compile
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

# Production mode under gunicorn: needs SECRET_KEY and ALLOWED_HOSTS (see the README).
serve: $(VENV)/.installed
	./scripts/ensure-system-deps.sh
	$(BIN)/python scripts/messages.py compile
	HOST=$(HOST) PORT=$(PORT) ./scripts/serve.sh

test: $(VENV)/.installed-test
	./scripts/ensure-system-deps.sh
	./scripts/ensure-chromium.sh
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python scripts/messages.py check
	$(BIN)/python -m pytest

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.installed-test
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

docs: $(VENV)/.installed
	$(BIN)/python -m screening.rules.schema_doc > docs/answers.md
	$(BIN)/python -m screening.facts.markdown > docs/facts.md

bench: $(VENV)/.installed-test
	./scripts/ensure-system-deps.sh
	$(BIN)/python benchmarks/run.py

# New or changed strings into every catalogue (locale/<code>/LC_MESSAGES/django.po), then compiled.
messages: $(VENV)/.installed
	./scripts/ensure-system-deps.sh
	$(BIN)/python scripts/messages.py update

migrate: $(VENV)/.installed
	$(BIN)/python manage.py migrate --noinput

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
