# The two commands of the README. Everything else is set up by them on a fresh clone:
# Node 22 and Yarn 4 (scripts/toolchain.sh), then the dependencies from yarn.lock.
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
TOOLCHAIN := source scripts/toolchain.sh &&

.PHONY: start test install

## make start: the portal on its embedded defaults (frontend :3000, backend :7007)
start: install
	$(TOOLCHAIN) node scripts/refresh-example-dates.mjs
	$(TOOLCHAIN) yarn start

## make test: everything CI checks (type check, lint, every test)
test: install
	$(TOOLCHAIN) scripts/test.sh

install:
	$(TOOLCHAIN) yarn install --immutable
