# The README's two commands: `make report` and `make test`. Both set up .venv first when needed.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# camel-tools needs torch. These machines serve the CPU build of 2.13.0 by plain pip; elsewhere set
# TORCH_SPEC, e.g. TORCH_SPEC="torch --index-url https://download.pytorch.org/whl/cpu" (see README).
TORCH_SPEC ?= torch==2.13.0
# The browser test drives Debian's Chromium through its ChromeDriver; `make test` installs both when missing.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: report test install browser clean-reports

report: $(STAMP)
	@mkdir -p reports
	@$(BIN)/factcheck check corpus/ --format json --output reports/report.json; rc=$$?; [ $$rc -le 1 ] || exit $$rc
	@$(BIN)/factcheck check corpus/ --format html --output reports/report.html; rc=$$?; [ $$rc -le 1 ] || exit $$rc
	@$(BIN)/factcheck check corpus/; rc=$$?; [ $$rc -le 1 ] || exit $$rc
	@echo "wrote reports/report.json and reports/report.html"

test: $(STAMP) browser
	FACTCHECK_BROWSER_TEST=required $(BIN)/python -m pytest

install: $(STAMP)

browser:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
	  echo "installing Debian's chromium and chromium-driver for the browser test"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium chromium-driver >/dev/null; \
	fi

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -c "import torch" 2>/dev/null || $(BIN)/python -m pip install $(TORCH_SPEC)
	$(BIN)/python -m pip install -e '.[test]'
	@touch $(STAMP)

clean-reports:
	rm -f reports/report.json reports/report.html reports/report.txt reports/*.png
