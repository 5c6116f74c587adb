# eduia — the README's two set-up commands, and the maintainer's targets.
#   make lab    install eduia in .venv and open JupyterLab on the pupil workspace
#   make test   install eduia with its test tools in .venv and run the whole test suite

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.eduia-installed

.PHONY: lab test test-fast datasets release screenshots bench clean

lab: $(STAMP)
	$(BIN)/eduia lab

test: $(STAMP)
	$(BIN)/python -m ruff check src tests benchmarks packaging
	$(BIN)/python -m ruff format --check src tests benchmarks packaging
	$(BIN)/python -m pytest -n 2 --durations=15

# The suite without browser, installs and notebook execution: for a quick loop while coding.
test-fast: $(STAMP)
	$(BIN)/python -m pytest -n 2 -m "not slow and not browser and not network_namespace"

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Regenerate the simulated datasets and the datasheets (byte for byte reproducible).
datasets: $(STAMP)
	$(BIN)/python -m eduia.datasets.build
	$(BIN)/python -m eduia.learn.facts_corpus

# Regenerate the pupil versions of the lessons from their nbgrader sources.
release: $(STAMP)
	$(BIN)/python -m eduia.release

# Regenerate the teacher guide's screenshots from the browser tests (no hand-made images).
screenshots: $(STAMP)
	EDUIA_SCREENSHOTS=$(CURDIR)/teacher_guide/images $(BIN)/python -m pytest -m browser -p no:xdist -q

bench: $(STAMP)
	$(BIN)/python benchmarks/playgrounds.py
	$(BIN)/python benchmarks/lessons.py
	$(BIN)/python benchmarks/kernel_memory.py || true
	$(BIN)/python benchmarks/grading.py
	$(BIN)/python benchmarks/bundle.py
	$(BIN)/python benchmarks/import_time.py
	$(BIN)/python benchmarks/browser_latency.py

clean:
	rm -rf $(VENV) build dist .pytest_cache
