# Spotter: `make run` starts the app, `make test` runs the whole suite.
# Each sets everything up first (Debian packages, then .venv) and is safe to repeat.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test setup system-deps bench lint clean lock translations

run: setup
	$(BIN)/spotter $(ARGS)

# The suite mostly waits (real-time playback, subprocesses, Xvfb), so it runs in
# TEST_WORKERS processes, more than the cores; idle workers take queued tests from
# busy ones (worksteal). TEST_WORKERS=0 runs it in one process.
TEST_WORKERS ?= 4
test: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n $(TEST_WORKERS) --dist worksteal $(PYTEST_ARGS)

setup: $(STAMP)

system-deps:
	@bash scripts/system-deps.sh

$(STAMP): pyproject.toml requirements.lock scripts/system-deps.sh
	@bash scripts/system-deps.sh
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements.lock -e '.[test]'
	@touch $(STAMP)

bench: setup
	$(BIN)/python tests/benchmarks/run_all.py

lint: setup
	$(BIN)/python -m pip install --quiet ruff mypy types-PyYAML
	$(BIN)/ruff check app tests
	$(BIN)/mypy

clean:
	rm -rf $(VENV) build *.egg-info

# Re-resolve the dependencies in a scratch venv and write the exact versions to
# requirements.lock. Run the canary (tests/test_binding_canary.py) after it.
lock:
	rm -rf .lock-venv
	$(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet --upgrade pip
	.lock-venv/bin/python -m pip install --quiet '.[test]'
	{ echo "# Exact versions that make run and make test install (pip constraints). Refresh with: make lock"; \
	  .lock-venv/bin/python -m pip freeze --exclude spotter; } > requirements.lock
	rm -rf .lock-venv

# Bring the Qt Linguist catalogues (resources/i18n/*.ts) up to date with the
# interface's strings, then compile them to the .qm files the app loads (shipped
# in the repository; tests/test_ui_translations.py checks they match). Then list
# what the gettext catalogues of the voice and the command line lack (fails if
# anything; tests/test_i18n_cli_words.py checks the same).
UI_SOURCES = $(shell find app/ui -name '*.py' | sort)
I18N := resources/i18n
translations: setup
	$(BIN)/pyside6-lupdate -no-obsolete -locations none $(UI_SOURCES) -ts $(I18N)/spotter_es.ts $(I18N)/spotter_de.ts
	$(BIN)/pyside6-lupdate -no-obsolete -locations none -pluralonly $(UI_SOURCES) -ts $(I18N)/spotter_en.ts
	$(BIN)/pyside6-lrelease $(I18N)/spotter_es.ts $(I18N)/spotter_de.ts $(I18N)/spotter_en.ts
	@# the gettext catalogues (app/i18n/po): print a stub for every marked message they lack
	$(BIN)/python -m app.i18n.extract
