# Build the site and run the checks. `make test` is what CI runs (.ci/run, GitHub Actions).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
JUNIT  := test-artifacts/junit.xml

.PHONY: site test venv golden bench accuracy

venv:
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)

site: venv
	$(BIN)/pip install -q -e .
	$(BIN)/minutebook build

test: venv
	$(BIN)/pip install -q -e '.[dev]'
	scripts/ensure-chromium
	$(BIN)/ruff check .
	$(BIN)/mypy
	mkdir -p $(dir $(JUNIT))
	$(BIN)/pytest -rs --junitxml=$(JUNIT)
	$(BIN)/python scripts/check_no_browser_skips.py $(JUNIT)

# Regenerate the golden pages in tests/golden/ after a deliberate output change; review the diff.
golden: venv
	MINUTEBOOK_UPDATE_GOLDEN=1 $(BIN)/pytest -q tests/test_golden.py

# Time a build of 1x, 4x and 16x the documents (benchmarks/scale.py); writes
# benchmarks/results/scale.json, whose figures the README reports.
bench: venv
	$(BIN)/pip install -q -e .
	$(BIN)/python benchmarks/scale.py

# Compare the facts Minutebook reads with the hand annotation in tests/annotations/
# (benchmarks/accuracy.py): precision, recall and F1 per category, every miss and extra;
# against each of the two independent hand annotations; writes
# benchmarks/results/accuracy.json and accuracy-second.json, whose figures the README reports;
# then the layout zoo (tests/fixtures/zoo), F1 per category and per layout family, into
# benchmarks/results/accuracy-zoo.json.
accuracy: venv
	$(BIN)/pip install -q -e .
	$(BIN)/python benchmarks/accuracy.py
	$(BIN)/python benchmarks/accuracy.py --annotations tests/annotations-second \
		--results benchmarks/results/accuracy-second.json
	$(BIN)/python benchmarks/accuracy.py --zoo --results benchmarks/results/accuracy-zoo.json
