# `make run` and `make test` work on a fresh machine: they create .venv and install into it.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck pytest bench check clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/raptscallions serve

test: $(STAMP) lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy
	$(BIN)/python tools/typecheck_modules.py

pytest: $(STAMP)
	$(BIN)/python -m pytest -q

check: $(STAMP)
	$(BIN)/raptscallions check modules

# `make bench BENCH_JSON=docs/performance.json` also writes the figures and the plot.
bench: $(STAMP)
	$(BIN)/raptscallions bench $(if $(BENCH_JSON),--json $(BENCH_JSON))

clean:
	rm -rf $(VENV) build *.egg-info
