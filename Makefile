# The two commands of the README. Everything else is set up by them on a fresh clone:
# Node 22 and Yarn 4 (scripts/toolchain.sh), then the dependencies from yarn.lock.
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
TOOLCHAIN := source scripts/toolchain.sh &&

.PHONY: start test install

## make start: the portal on its embedded defaults (frontend :3000, backend :7007)
# The example is dated as of today in .example/ (git-ignored): tracked files stay as they are.
start: install
	$(TOOLCHAIN) node scripts/prepare-example.mjs
	$(TOOLCHAIN) yarn start --config $(CURDIR)/app-config.yaml --config $(CURDIR)/.example/app-config.yaml

## make test: everything CI checks (type check, API reports, lint, cycles, unit tests, install test, the
## browser test), independent stages side by side: scripts/test.sh and README.md, "Tests"
# scripts/test.sh prints each stage's output whole under flock (util-linux, on every Debian).
test: install
	@# The browser test drives Debian's Chromium (Playwright's own browser download does not work here).
	if [ ! -x /usr/bin/chromium ]; then apt-get update && apt-get install -y --no-install-recommends chromium; fi
	$(TOOLCHAIN) scripts/test.sh

install:
	$(TOOLCHAIN) yarn install --immutable
