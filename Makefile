# Two commands do all set-up on a fresh machine:
#   make brief   venv + install + build the brief from seeds/ into outputs/
#   make test    venv + install + the whole test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: brief test bench quality system-check clean-venv

brief: $(STAMP) system-check
	$(BIN)/briefing build seeds --out outputs

test: $(STAMP) system-check
	@sh scripts/test-deps.sh
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py $(if $(QUICK),--quick,)

quality: $(STAMP)
	$(BIN)/python benchmarks/quality.py

system-check:
	@sh scripts/system-check.sh

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

clean-venv:
	rm -rf $(VENV)
