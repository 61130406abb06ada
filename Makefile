# The targets are the commands in the README. Each one sets up what it needs.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
OUT    ?= debrief-out
DEMO   ?= demo-data
MONTH  ?= 2026-10
AS_OF  ?= 2026-11-04

.PHONY: install demo test lint golden bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,postgres,spark]'
	touch $(STAMP)

# The demo team's history, in the order it happened: each flight's post-mortem when its review
# window closes (end + 14 days), its proposed change agreed in the meeting (kb change --status
# agreed), so each post-mortem measures the changes agreed before it; benchmarks
# recalibrated once; each month reviewed on the 4th of the next. All land in the knowledge base
# (demo-data/debrief-kb.sqlite) that `debrief serve` shows.
DEMO_POSTMORTEMS = FL-REACH@2026-06-28 FL-MESSAGE@2026-07-26 FL-OFFER@2026-08-23 \
                   FL-HANDOFF@2026-09-06 FL-COORD@2026-09-20 FL-HEALTHY@2026-09-27

demo: install
	$(BIN)/debrief demo-data $(DEMO) --seed 7
	$(BIN)/debrief ingest $(DEMO) --workspace $(DEMO)/debrief.duckdb
	rm -f $(DEMO)/debrief-kb.sqlite
	for pm in $(DEMO_POSTMORTEMS); do \
	  $(BIN)/debrief postmortem $${pm%@*} --as-of $${pm#*@} --workspace $(DEMO)/debrief.duckdb \
	    --out $(OUT)/post-mortems/$${pm%@*} || exit 1; \
	  for id in $$($(BIN)/debrief kb changes --status proposed -w $(DEMO)/debrief.duckdb \
	      | awk '/\[proposed\]/{print $$1}'); do \
	    $(BIN)/debrief kb change $$id --status agreed -w $(DEMO)/debrief.duckdb || exit 1; \
	  done; \
	done
	$(BIN)/debrief benchmarks --as-of 2026-10-01 --apply --workspace $(DEMO)/debrief.duckdb
	$(BIN)/debrief monthly --month 2026-08 --as-of 2026-09-04 --workspace $(DEMO)/debrief.duckdb --out $(OUT)/2026-08
	$(BIN)/debrief monthly --month 2026-09 --as-of 2026-10-04 --workspace $(DEMO)/debrief.duckdb --out $(OUT)/2026-09
	$(BIN)/debrief monthly --month $(MONTH) --as-of $(AS_OF) --workspace $(DEMO)/debrief.duckdb --out $(OUT)
	@echo
	@echo "The October review: $(OUT)/report.html. Browse every review, post-mortem and change:"
	@echo "  $(BIN)/debrief serve -w $(DEMO)/debrief.duckdb"

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
