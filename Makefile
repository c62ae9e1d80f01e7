# The two commands of the README: `make run` and `make test`. Both install what they need.
PYTHON ?= python3
CHALICE = $(PYTHON) -c 'import sys; from chalice.cli import main; sys.exit(main())'
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
MAX_ZIP_MB ?= 15

.PHONY: deps system-deps run test package bench

deps:
	$(PYTHON) -m pip install -q --disable-pip-version-check -r requirements-dev.txt

# Debian's redis-server (the tests' real Redis) and chromium (the page's browser tests;
# Playwright drives it through executable_path, it never downloads a browser of its own).
system-deps:
	@command -v redis-server >/dev/null && command -v chromium >/dev/null || { $(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq redis-server chromium >/dev/null; }

# Honeyline on http://127.0.0.1:8000 with the embedded store and inline tasks: no accounts needed.
run: deps
	$(CHALICE) local --host 127.0.0.1 --port $${PORT:-8000} --stage dev --no-autoreload

test: deps system-deps
	$(PYTHON) -m pytest -q

# The Lambda bundle `chalice deploy` would upload; fails when it grows past MAX_ZIP_MB.
package: deps
	rm -rf build/package && AWS_DEFAULT_REGION=$${AWS_DEFAULT_REGION:-us-east-1} $(CHALICE) package --stage prod build/package
	@size=$$(stat -c %s build/package/deployment.zip); \
	echo "deployment.zip: $$((size / 1024)) KiB (limit $(MAX_ZIP_MB) MiB)"; \
	test $$size -le $$(($(MAX_ZIP_MB) * 1024 * 1024))

bench: deps system-deps
	$(PYTHON) -m bench
