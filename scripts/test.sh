#!/usr/bin/env bash
# Everything CI checks. Runs every stage even when one fails, so one run shows all problems,
# and exits non-zero if any failed. Test results land in test-results/ for .ci/run to count.
set -uo pipefail
cd "$(dirname "$0")/.."
export CI=true
export BACKSTAGE_TEST_DISABLE_DOCKER=1

results=test-results
rm -rf "$results" && mkdir -p "$results"
failed=()

# Database tests run on SQLite always and on PostgreSQL when a server answers on 127.0.0.1:5432.
if scripts/postgres-ready.sh; then
  export BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING=postgresql://postgres@127.0.0.1:5432
else
  echo "test: no PostgreSQL on 127.0.0.1:5432; database tests run on SQLite only" >&2
fi

stage() {
  local name=$1
  shift
  echo "=== $name: $*"
  if ! "$@"; then failed+=("$name"); fi
}

stage typecheck yarn tsc:full
# The API of every published package against its committed report (yarn build:api-reports updates them);
# reads the declarations the type check just wrote.
stage api-reports yarn backstage-repo-tools api-reports --ci --include 'plugins/*' --include packages/ami-governance-cli \
  --allow-all-warnings -o ae-undocumented,ae-wrong-input-file-type
stage lint yarn backstage-cli repo lint
# No import cycles anywhere, scripts included (madge follows the TypeScript path of every import).
stage cycles yarn madge --circular --extensions ts,tsx,mjs --ts-config tsconfig.json \
  plugins packages bench e2e scripts
stage unit-tests yarn backstage-cli repo test --json --outputFile="$results/jest.json"
# Packs every public package and installs it outside the repository: a new backend, the CLI under the
# machine's own Node, the frontend's built entry points.
stage install-test node scripts/install-test.mjs
# Playwright (e2e/playwright.config.ts): starts backend :7007 and app :3000, checks /ami-governance
# in headless Chromium from Debian, stops both.
stage browser-test yarn e2e

if [ ${#failed[@]} -gt 0 ]; then
  echo "test: failed stages: ${failed[*]}" >&2
  exit 1
fi
