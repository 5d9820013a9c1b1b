#!/usr/bin/env bash
# Everything CI checks. Runs every stage even when one fails, so one run shows all problems, and exits
# non-zero if any failed. Test results land in test-results/ for .ci/run to count; each stage's output
# goes to test-results/logs/<stage>.log and is printed whole when the stage ends (so two stages running
# side by side never interleave their lines).
#
# The stages run in two lanes side by side, so that on a 2-core machine one lane's single-threaded tools
# and waits use the core the other leaves idle; then the install test and the browser test run side by
# side, the one mostly waiting on npm and servers, the other on pages:
#
#   checks: typecheck ─► api-reports ─► lint ─► cycles ─► build ─┐
#   tests:  unit-tests ──────────────────────────────────────────┴─► install-test ───────────────
#                                                                     └─(once packed)─► browser-test
#
# - api-reports and build read the declarations typecheck writes (dist-types/), so they follow it.
# - build makes every package (backstage-cli repo build) and the app's production bundle once, for two
#   stages: install-test packs the built packages (--prebuilt), and browser-test drives the built app
#   served by the backend (E2E_BUILT_APP=1) instead of compiling it in a dev server first.
# - install-test waits for the unit tests: packing rewrites each package.json for a moment (prepack),
#   which must not happen while anything else resolves the workspace's packages. browser-test starts as
#   soon as packing is over (test-results/install-test.packed).
# Nothing is skipped when a stage fails, except browser-test when build failed (it has no app to serve,
# and counts as one failed test). Each stage's time is printed at the end (docs: README.md, "Tests").
set -uo pipefail
cd "$(dirname "$0")/.."
export CI=true
export BACKSTAGE_TEST_DISABLE_DOCKER=1

results=test-results
rm -rf "$results" && mkdir -p "$results/logs" "$results/stages"

# Database tests run on SQLite always and on PostgreSQL when a server answers on 127.0.0.1:5432.
if scripts/postgres-ready.sh; then
  export BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING=postgresql://postgres@127.0.0.1:5432
else
  echo "test: no PostgreSQL on 127.0.0.1:5432; database tests run on SQLite only" >&2
fi

started=$SECONDS

# stage NAME COMMAND...: runs the command with its output in logs/NAME.log, records its exit code and
# duration in stages/NAME, and prints the log when it ends.
stage() {
  local name=$1
  shift
  local log="$results/logs/$name.log" begin=$SECONDS
  echo "=== $name: started at $((SECONDS - started)) s: $*"
  "$@" >"$log" 2>&1
  local rc=$?
  echo "$rc $((SECONDS - begin))" >"$results/stages/$name"
  {
    echo "=== $name: output"
    cat "$log"
    if [ "$rc" -eq 0 ]; then
      echo "=== $name: passed in $((SECONDS - begin)) s"
    else
      echo "=== $name: FAILED (exit $rc) in $((SECONDS - begin)) s"
    fi
  } | flock "$results/.print-lock" cat
}

passed() { [ -f "$results/stages/$1" ] && [ "$(cut -d' ' -f1 "$results/stages/$1")" = 0 ]; }

checks_lane() {
  stage typecheck yarn tsc:full
  # The API of every published package against its committed report (yarn build:api-reports updates them).
  stage api-reports yarn backstage-repo-tools api-reports --ci --include 'plugins/*' --include packages/ami-governance-cli \
    --allow-all-warnings -o ae-undocumented,ae-wrong-input-file-type
  stage lint yarn backstage-cli repo lint
  # No import cycles anywhere, scripts included (madge follows the TypeScript path of every import).
  stage cycles yarn madge --circular --extensions ts,tsx,mjs --ts-config tsconfig.json \
    plugins packages bench e2e scripts
  # Every package, and the app's bundle for the browser test (the backend serves packages/app/dist).
  stage build bash -c 'yarn backstage-cli repo build && yarn workspace app build'
}

checks_lane &
checks=$!
# Tests that start a process (the CLI, a backend) get 20 s instead of Jest's 5 by default: beside the
# checks lane, on 2 cores, such a test can take longer than 5 s without anything being wrong.
stage unit-tests yarn backstage-cli repo test --testTimeout=20000 --json --outputFile="$results/jest.json"
wait "$checks"

# Packs every public package and installs it outside the repository: a new backend, the CLI under the
# machine's own Node, the frontend's built entry points.
stage install-test node scripts/install-test.mjs --prebuilt &
install=$!
while [ ! -f "$results/install-test.packed" ] && [ ! -f "$results/stages/install-test" ]; do sleep 1; done
if passed build; then
  # Playwright (e2e/playwright.config.ts): starts the backend :7007 serving the built app, checks
  # /ami-governance in headless Chromium from Debian, stops it.
  stage browser-test env E2E_BUILT_APP=1 yarn e2e
else
  # Counted as one failed test, as e2e/support/placeholder-reporter.ts counts a run that died.
  echo "=== browser-test: FAILED, not run: build failed (no app to serve)"
  echo '{"stats":{"expected":0,"unexpected":1,"flaky":0,"skipped":0},"errors":[]}' >"$results/playwright-report.json"
  echo "1 0" >"$results/stages/browser-test"
fi
wait "$install"

failed=()
echo "=== stages (seconds), $((SECONDS - started)) s in all:"
for name in typecheck api-reports lint cycles build unit-tests install-test browser-test; do
  if [ -f "$results/stages/$name" ]; then
    read -r rc seconds <"$results/stages/$name"
  else
    rc=missing seconds=-
  fi
  printf '  %-13s %6s  %s\n' "$name" "$seconds" "$([ "$rc" = 0 ] && echo passed || echo "FAILED ($rc)")"
  [ "$rc" = 0 ] || failed+=("$name")
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "test: failed stages: ${failed[*]}" >&2
  exit 1
fi
