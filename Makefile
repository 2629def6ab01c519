# Two commands do all set-up on a fresh machine:
#   make brief   venv + install + build the brief from seeds/ into outputs/
#   make test    venv + install + the whole test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: brief test bench quality system-check compile clean-venv

brief: $(STAMP) system-check compile
	$(BIN)/briefing build seeds --out outputs

test: $(STAMP) system-check
	@sh scripts/test-deps.sh
	$(BIN)/python -m pytest

bench: $(STAMP) compile
	$(BIN)/python benchmarks/bench.py $(if $(QUICK),--quick,)

quality: $(STAMP)
	$(BIN)/python benchmarks/quality.py

system-check:
	@sh scripts/system-check.sh

# Byte-compile the package as pip does for a regular install: an editable
# install is otherwise compiled afresh by every run wherever bytecode is not
# written (PYTHONDONTWRITEBYTECODE, a read-only checkout): ~1 s a build.
compile: $(STAMP)
	@$(BIN)/python -m compileall -q briefing > /dev/null

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

clean-venv:
	rm -rf $(VENV)
