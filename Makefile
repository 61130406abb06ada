# The targets are the commands in the README. Each one sets up what it needs.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
OUT    ?= debrief-out
DEMO   ?= demo-data
MONTH  ?= 2026-10

.PHONY: install demo test lint golden bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,postgres,spark]'
	touch $(STAMP)

demo: install
	$(BIN)/debrief demo-data $(DEMO) --seed 7
	$(BIN)/debrief ingest $(DEMO) --workspace $(DEMO)/debrief.duckdb
	$(BIN)/debrief monthly --month $(MONTH) --workspace $(DEMO)/debrief.duckdb --out $(OUT)

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

test: lint
	$(BIN)/python -m pytest -n 2 -q

# Refresh every golden copy (demo reports, SQL snapshots, renderer samples) after an intended
# change; review the diff and say in the commit which sentences changed and why.
golden: install
	DEBRIEF_UPDATE_GOLDEN=1 $(BIN)/python -m pytest -n 2 -q -m golden

bench: install
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) $(OUT) $(DEMO) .pytest_cache .ruff_cache .mypy_cache
