# The README's two commands, `make run` and `make test`, on a bare machine with Python 3.11+ and make.
# Both create and use .venv themselves (no system pip, so no "externally-managed-environment"),
# and install packages only when the requirements change (stamp files in .venv).
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip install -q --disable-pip-version-check
PORT ?= 8000
URL ?= http://127.0.0.1:$(PORT)
MAX_ZIP_MB ?= 15
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
CHALICE = $(PY) -c 'import sys; from chalice.cli import main; sys.exit(main())'

# The first Python 3.11 or newer on PATH; `make PYTHON=/path/to/python3.12 ...` to choose.
ifeq ($(origin PYTHON), undefined)
PYTHON := $(shell for p in python3 python3.11 python3.12 python3.13 python; do \
	$$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1 && { echo $$p; break; }; done)
endif

.PHONY: run test demo screenshot package bench system-deps clean-venv

# Honeyline on http://127.0.0.1:$(PORT): embedded store, inline tasks, no accounts needed.
# Variables set in the shell win over .chalice/config.json's; settings are checked before serving.
run: $(VENV)/.run-installed
	$(PY) -m chalicelib serve --host 127.0.0.1 --port $(PORT)

test: $(VENV)/.dev-installed system-deps
	$(PY) -m pytest -q -rs  # -rs: say why anything was skipped (no Chromium, say)

# Signed demo webhooks (a scam voicemail, a legitimate one, a smishing SMS) to a running `make run`.
demo: $(VENV)/.run-installed
	$(PY) -m chalicelib demo --url $(URL)

# The README's screenshot, taken by the browser test of the dashboard (tests/browser/test_page.py).
screenshot: $(VENV)/.dev-installed system-deps
	$(PY) -m pytest -q tests/browser/test_page.py -k processed_scam
	mkdir -p docs && cp artifacts/dashboard.png docs/dashboard.png

$(PY):
	@test -n "$(PYTHON)" || { echo "make: Honeyline needs Python 3.11 or newer and none was found on PATH;" \
		"install one, or name it: make PYTHON=/path/to/python3.11 $(MAKECMDGOALS)" >&2; exit 1; }
	@echo "make: creating $(VENV) with $(PYTHON) ($$($(PYTHON) --version 2>&1))"
	@$(PYTHON) -m venv $(VENV) 2>/dev/null || { \
		rm -rf $(VENV); \
		if command -v apt-get >/dev/null; then \
			echo "make: $(PYTHON) cannot create a virtual environment: installing Debian's python3-venv with apt-get"; \
			$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq python3-venv >/dev/null \
				&& $(PYTHON) -m venv $(VENV); \
		else \
			echo "make: $(PYTHON) -m venv failed: install your Python's venv module" >&2; exit 1; \
		fi; }

# `make run` needs the Lambda run-time packages and chalice (its local server), nothing more.
$(VENV)/.run-installed: requirements.txt requirements-dev.txt | $(PY)
	@echo "make: installing the run-time packages and chalice into $(VENV) (again only when requirements change)"
	$(PIP) -r requirements.txt "$$(grep -E '^chalice==' requirements-dev.txt)"
	@touch $@

# `make test` adds the test and benchmark tools (pytest, playwright, boto3).
$(VENV)/.dev-installed: requirements.txt requirements-dev.txt | $(PY)
	@echo "make: installing the run-time, test and benchmark packages into $(VENV) (again only when requirements change)"
	$(PIP) -r requirements-dev.txt
	@touch $@ $(VENV)/.run-installed

# Debian's redis-server (the tests' real Redis) and chromium (the page's browser tests; Playwright
# drives it through executable_path and never downloads a browser of its own).
system-deps:
	@missing=""; \
	command -v redis-server >/dev/null || missing=" redis-server"; \
	command -v chromium >/dev/null || missing="$$missing chromium"; \
	[ -n "$$missing" ] || exit 0; \
	if ! command -v apt-get >/dev/null; then \
		echo "make: no apt-get here, so nothing is installed; missing:$$missing"; \
		case "$$missing" in *redis-server*) echo "make:   redis-server: the tests need a real Redis (macOS: brew install redis)";; esac; \
		case "$$missing" in *chromium*) echo "make:   chromium: optional; without it the browser tests are skipped, everything else runs";; esac; \
		exit 0; \
	fi; \
	echo "make: installing$$missing with apt-get (once, a few minutes for chromium):"; \
	echo "make:   redis-server is the real Redis the tests talk to; chromium runs the dashboard's browser tests"; \
	$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null

# The Lambda bundle `chalice deploy` would upload; fails when it grows past MAX_ZIP_MB.
# /var/task is read-only on Lambda, so the cold path's modules ship compiled (chalicelib/bytecode.py).
# The prod role's policy follows the features the deploy environment configures (chalicelib/iam.py).
package: $(VENV)/.run-installed
	$(PY) -m chalicelib iam-policy --ssm-prefix /honeyline/prod > .chalice/policy-prod.json
	rm -rf build/package && AWS_DEFAULT_REGION=$${AWS_DEFAULT_REGION:-us-east-1} $(CHALICE) package --stage prod --merge-template .chalice/live-push.json build/package
	$(PY) -m chalicelib bytecode build/package/deployment.zip
	@size=$$(stat -c %s build/package/deployment.zip); \
	echo "deployment.zip: $$((size / 1024)) KiB (limit $(MAX_ZIP_MB) MiB)"; \
	test $$size -le $$(($(MAX_ZIP_MB) * 1024 * 1024))

bench: $(VENV)/.dev-installed system-deps
	$(PY) -m bench

clean-venv:
	rm -rf $(VENV)
