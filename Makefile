# Build the site and run the checks. `make test` is what CI runs (.ci/run, GitHub Actions).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
JUNIT  := test-artifacts/junit.xml

.PHONY: site test check venv golden bench accuracy robustness lock docs

venv:
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)

# Dependencies come from the lock files (exact versions, hashes checked), so every machine
# builds with the same libraries; Minutebook itself is installed on top without its deps.
site: venv
	$(BIN)/pip install -q --require-hashes -r requirements/site.lock
	$(BIN)/pip install -q --no-deps -e .
	$(BIN)/minutebook build

test: venv
	$(BIN)/pip install -q --require-hashes -r requirements/dev.lock
	$(BIN)/pip install -q --no-deps -e .
	scripts/ensure-chromium
	$(BIN)/ruff check .
	$(BIN)/mypy
	mkdir -p $(dir $(JUNIT))
	$(BIN)/pytest -rs --junitxml=$(JUNIT)
	$(BIN)/python scripts/check_no_browser_skips.py $(JUNIT)

# The inner loop while working: lint, types and the fast tests (no site builds, no browser).
check: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/pytest -q -p no:cacheprovider -m "not slow and not browser"

# Regenerate the lock files after changing a dependency in pyproject.toml (pip-tools runs
# in a venv of its own, so it never enters the locks it writes).
lock:
	test -x .venv-lock/bin/pip-compile || ($(PYTHON) -m venv .venv-lock && .venv-lock/bin/pip install -q pip-tools)
	.venv-lock/bin/pip-compile -q --strip-extras --generate-hashes --allow-unsafe --no-emit-index-url \
		--no-emit-find-links -o requirements/site.lock pyproject.toml
	.venv-lock/bin/pip-compile -q --strip-extras --generate-hashes --allow-unsafe --no-emit-index-url \
		--no-emit-find-links --extra test --extra dev -o requirements/dev.lock pyproject.toml

# Rewrite the generated parts of docs/ (the diagnostic code tables) from the registries.
docs: venv
	$(BIN)/python scripts/update_docs.py

# Regenerate the golden pages in tests/golden/ after a deliberate output change; review the diff.
golden: venv
	MINUTEBOOK_UPDATE_GOLDEN=1 $(BIN)/pytest -q tests/test_golden.py

# Time a build of 1x, 4x and 16x the documents (benchmarks/scale.py); writes
# benchmarks/results/scale.json, whose figures the README reports.
bench: venv
	$(BIN)/pip install -q --require-hashes -r requirements/site.lock
	$(BIN)/pip install -q --no-deps -e .
	$(BIN)/python benchmarks/scale.py

# Renumber the tuned sets' minutes in novel schemes, relabel their present lists and
# reword their decisions' formulae, and print F1 per variant (benchmarks/robustness.py);
# writes nothing.
robustness: venv
	$(BIN)/python benchmarks/robustness.py

# Compare the facts Minutebook reads with the hand annotation in tests/annotations/
# (benchmarks/accuracy.py): precision, recall and F1 per category, every miss and extra;
# against each of the two independent hand annotations; writes
# benchmarks/results/accuracy.json and accuracy-second.json, whose figures the README reports;
# then the layout zoo (tests/fixtures/zoo), F1 per category and per layout family, into
# benchmarks/results/accuracy-zoo.json; then every held-out set (tests/fixtures/heldout*,
# written blind, see docs/benchmarks.md) the same way, each into
# benchmarks/results/accuracy-<set>.json.
accuracy: venv
	$(BIN)/pip install -q --require-hashes -r requirements/site.lock
	$(BIN)/pip install -q --no-deps -e .
	$(BIN)/python benchmarks/accuracy.py
	$(BIN)/python benchmarks/accuracy.py --annotations tests/annotations-second \
		--results benchmarks/results/accuracy-second.json
	$(BIN)/python benchmarks/accuracy.py --zoo --results benchmarks/results/accuracy-zoo.json
	for dir in tests/fixtures/heldout*/; do \
		set=$$(basename $$dir); \
		$(BIN)/python benchmarks/accuracy.py --zoo --zoo-dir $$dir \
			--results benchmarks/results/accuracy-$$set.json || exit 1; \
	done
