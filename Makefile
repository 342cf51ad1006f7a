# The two commands of the README: `make run` (dashboard on the sandbox) and `make test` (every suite).
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: run test lint venv

venv: $(VENV)/.installed

$(VENV)/.installed: requirements.txt requirements-dev.txt
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements-dev.txt
	touch $@

run: venv
	$(PY) -m streamlit run app.py --server.address 127.0.0.1 --server.port 8501

test: venv
	bash scripts/test.sh

lint: venv
	$(PY) -m ruff check .
