# Spotter: `make run` starts the app, `make test` runs the whole suite.
# Each sets everything up first (Debian packages, then .venv) and is safe to repeat.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test setup system-deps bench lint clean lock

run: setup
	$(BIN)/spotter $(ARGS)

test: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

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
