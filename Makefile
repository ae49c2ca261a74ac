# lsclient: every verb works on a fresh clone (each one sets up what it needs).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
PYTEST_ARGS ?=
# the server's shape, for server/test/compat: DB=postgresql [WORKERS=4] (default: SQLite, see scripts/ls_server.py)
SHAPE  := $(if $(DB),LSCLIENT_SERVER_DB=$(DB)) $(if $(WORKERS),LSCLIENT_SERVER_WORKERS=$(WORKERS))

.PHONY: setup generate check-generated schema api-diff client-from server server-stop demo test compat bench lint clean

setup: $(STAMP)  ## create .venv with the SDK (editable) and its pinned dev tools

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

generate: setup  ## regenerate src/lsclient/api_client from openapi/, and the sync core from core/_async
	$(BIN)/python scripts/generate.py
	$(BIN)/python scripts/unasync.py

check-generated: setup  ## fail if src/lsclient/api_client or src/lsclient/core/_sync differ from a fresh generation
	$(BIN)/python scripts/generate.py --check
	$(BIN)/python scripts/unasync.py --check

# A key on make's command line shows in `ps` and in make's echo of the recipe: read it from the environment
# (LABEL_STUDIO_API_KEY, as fetch_schema.py does) or from a file (API_KEY_FILE=path).
NO_KEY_ARG = $(if $(API_KEY),$(error API_KEY=... would show the key in ps and in make's output: export LABEL_STUDIO_API_KEY or pass API_KEY_FILE=path))
KEY_FILE_ARG = $(if $(API_KEY_FILE),--api-key-file "$(API_KEY_FILE)")

schema:  ## fetch the schema of a running server: make schema URL=http://host:port [API_KEY_FILE=path] (or LABEL_STUDIO_API_KEY)
	$(NO_KEY_ARG)$(PYTHON) scripts/fetch_schema.py --url "$(URL)" $(KEY_FILE_ARG)

api-diff:  ## compare two schemas and what core uses: make api-diff NEW=new.json [OLD=...] [OUT=api-diff.md]
	$(PYTHON) scripts/api_diff.py "$(or $(OLD),openapi/label-studio.schema.json)" "$(NEW)" -o "$(or $(OUT),api-diff.md)"

client-from:  ## a client for another server, beside the committed one: make client-from URL=... OUT=dir [API_KEY_FILE=path]
	@$(NO_KEY_ARG)test -n "$(URL)" -a -n "$(OUT)" || { echo "usage: make client-from URL=http://host:port OUT=dir [API_KEY_FILE=path] (or export LABEL_STUDIO_API_KEY)" >&2; exit 2; }
	$(MAKE) setup
	$(PYTHON) scripts/fetch_schema.py --url "$(URL)" $(KEY_FILE_ARG) --out-dir "$(OUT)/openapi"
	$(BIN)/python scripts/generate_from.py --schema "$(OUT)/openapi" --out "$(OUT)" --verify --core
	$(PYTHON) scripts/api_diff.py openapi/label-studio.schema.json "$(OUT)/openapi/label-studio.schema.json" -o "$(OUT)/api-diff.md"

server:  ## install (once) and start a local Label Studio; credentials go to .server/env [DB=postgresql WORKERS=4]
	$(SHAPE) $(PYTHON) scripts/ls_server.py start

server-stop:  ## stop the local Label Studio started by `make server` (and its PostgreSQL)
	$(PYTHON) scripts/ls_server.py stop

demo: setup server  ## run the end-to-end demo workflow against the local server
	$(BIN)/python scripts/demo.py

test: setup  ## unit + integration tests (starts a local Label Studio if none is running) [DB=postgresql WORKERS=4]
	@$(SHAPE) $(BIN)/python -m pytest $(PYTEST_ARGS); rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests: treating that as a failure" >&2; exit 1; fi; \
	exit $$rc

compat: setup  ## the integration suite against another release: make compat LS_VERSION=1.22.0 [PORT=8095]
	$(SHAPE) LSCLIENT_LS_VERSION=$(LS_VERSION) LSCLIENT_SERVER_PORT=$(or $(PORT),8095) $(BIN)/python -m pytest tests/integration $(PYTEST_ARGS)

bench: setup  ## lsclient vs label-studio-sdk vs raw httpx, every scenario (writes docs/performance.md); BENCH_ARGS=--quick: minutes
	$(BIN)/python scripts/bench.py $(BENCH_ARGS)

lint: setup  ## ruff + mypy (strict on core)
	$(BIN)/ruff check src tests scripts
	$(BIN)/ruff format --check src/lsclient/core tests scripts
	cd src && ../$(BIN)/mypy lsclient

clean:  ## remove the virtual environment, local server data, and the benchmark's virtualenvs and results
	rm -rf $(VENV) .server .cache .pytest_cache .mypy_cache .ruff_cache
