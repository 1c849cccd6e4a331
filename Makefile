# The two commands of the README: `make run` and `make test`. Both set everything up.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installe

.PHONY: run test lint bench captures migration clean systeme

$(STAMP): pyproject.toml
	@bash packaging/dependances-systeme.sh
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 ou plus récent est requis.")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

systeme:
	@bash packaging/dependances-systeme.sh

run: $(STAMP)
	$(BIN)/forum-ouvert

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/lint-imports

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench: $(STAMP)
	@for b in bench/[!_]*.py; do QT_QPA_PLATFORM=offscreen $(BIN)/python $$b || exit 1; done

captures: $(STAMP)
	xvfb-run -a -s "-screen 0 1920x1080x24" $(BIN)/python packaging/captures.py

migration: $(STAMP)
	$(BIN)/python -m modeles.migrations.executer "$(MESSAGE)"

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
