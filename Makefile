# Two commands matter: `make run` and `make test`. Everything else supports them.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test check reliability lint bench eval validate package clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python app.py serve

test: $(STAMP)
	$(BIN)/python app.py validate
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

# The slow group alone (fuzzing at full size, kill -9 mid-batch, fault batches); make test runs it too.
check: $(STAMP)
	$(BIN)/python -m pytest -q -m slow

# Rerun the reliability and security tests and rewrite docs/reliability.md from their figures.
reliability: $(STAMP)
	$(BIN)/python -m tests.reliability_report

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

validate: $(STAMP)
	$(BIN)/python app.py validate

# make package APP_ID=<Azure Bot app id> DOMAIN=<public host name>  →  dist/slt-boten-teams.zip
package: $(STAMP)
	@if [ -z "$(APP_ID)" ]; then \
		echo "make package needs APP_ID: make package APP_ID=<Azure Bot Microsoft App ID> DOMAIN=<host name>" >&2; \
		exit 2; \
	fi
	$(BIN)/python app.py package --app-id $(APP_ID) $(if $(DOMAIN),--domain $(DOMAIN))

bench: $(STAMP)
	$(BIN)/python -m bench

# Score the development set (tests/eval/*.yaml) per intent and kommune, for both halves.
eval: $(STAMP)
	$(BIN)/python -m tests.eval

clean:
	rm -rf $(VENV) .pytest_cache
