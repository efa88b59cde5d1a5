# `make test` and `make demo` bootstrap .venv on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
FUZZ_SECONDS ?= 60
FUZZ_RUNS ?= 10000000

.PHONY: test lint typecheck docs pytest package-check demo fuzz fuzz-long bench bench-import clean

$(PY):
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,all]'
	touch $(STAMP)

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: $(STAMP)
	$(VENV)/bin/mypy

docs: $(STAMP)
	$(VENV)/bin/sphinx-build -E -nW --keep-going -q -b html docs docs/_build/html

pytest: $(STAMP)
	$(PY) -m pytest -q

# Builds the sdist and the wheel, installs the wheel into a new venv and uses it there.
package-check: $(STAMP)
	PYTHON=$(PY) .ci/package-check

test: lint typecheck docs pytest package-check

demo: $(STAMP)
	$(PY) -m smsc_proto.demo

$(VENV)/.fuzz-installed: $(STAMP)
	$(PY) -m pip install --quiet -e '.[fuzz]'
	touch $@

# Runs every harness for FUZZ_SECONDS each, starting from its seed corpus.
fuzz: $(VENV)/.fuzz-installed
	@set -e; for h in fuzz/fuzz_*.py; do \
	  name=$$(basename $$h .py); \
	  mkdir -p fuzz/corpus/$$name .fuzz-work/$$name; \
	  echo "== $$name ($(FUZZ_SECONDS)s)"; \
	  $(PY) $$h -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 .fuzz-work/$$name fuzz/corpus/$$name; \
	done

# A long run of one harness for FUZZ_RUNS executions (fuzz/README.md records them), e.g.
#   make fuzz-long HARNESS=fuzz_roundtrip_replies
fuzz-long: $(VENV)/.fuzz-installed
	@test -n "$(HARNESS)" || { echo "HARNESS=fuzz_<name> is required"; exit 2; }
	mkdir -p fuzz/corpus/$(HARNESS) .fuzz-work/$(HARNESS)
	$(PY) fuzz/$(HARNESS).py -runs=$(FUZZ_RUNS) -print_final_stats=1 -artifact_prefix=.fuzz-work/ \
	  .fuzz-work/$(HARNESS) fuzz/corpus/$(HARNESS)

# Each group prints its times with the ratio to its baseline in parentheses. CPU time of
# the process, so other work on a shared machine does not inflate the ratios.
bench: $(STAMP)
	$(PY) -m pytest benchmarks --benchmark-only --benchmark-timer=time.process_time \
	  --benchmark-columns=min,mean,median,ops -o addopts=""

# Whole processes, interleaved: import smsc_proto vs import requests, and an empty
# pytest run with and without the plugin (benchmarks/README.md records the numbers).
bench-import: $(STAMP)
	$(PY) benchmarks/bench_import.py

clean:
	rm -rf $(VENV) docs/_build .fuzz-work .mypy_cache .ruff_cache .pytest_cache
