# The two commands of the README: `make run` and `make test`. Both set everything up.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installe
# The English interface: the .ts is the source, the .qm is built (never committed).
TS     := ressources/traductions/forum-ouvert_en.ts
QM     := $(TS:.ts=.qm)

.PHONY: run test lint bench captures migration clean systeme traductions paquet

$(STAMP): pyproject.toml
	@bash packaging/dependances-systeme.sh
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 ou plus récent est requis.")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

# lrelease comes with PySide6, inside the venv: the .qm waits for the install, then follows the .ts.
traductions: $(QM)

$(QM): $(TS) | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $(TS) -qm $(QM)

systeme:
	@bash packaging/dependances-systeme.sh

run: $(STAMP) $(QM)
	$(BIN)/forum-ouvert

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/lint-imports

test: lint $(QM)
	QT_QPA_PLATFORM=offscreen bash packaging/avec-postgres.sh $(BIN)/python -m pytest

bench: $(STAMP)
	@for b in bench/[!_]*.py; do QT_QPA_PLATFORM=offscreen $(BIN)/python $$b || exit 1; done

captures: $(STAMP)
	xvfb-run -a -s "-screen 0 1920x1080x24" $(BIN)/python packaging/captures.py

migration: $(STAMP)
	$(BIN)/python -m modeles.migrations.executer "$(MESSAGE)"

# The one-folder bundle dist/forum-ouvert/ (PyInstaller); `bash packaging/essai_paquet.sh` tries it.
paquet: $(STAMP) $(QM)
	@bash packaging/construire.sh

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
