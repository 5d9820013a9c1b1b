#!/usr/bin/env bash
# bench/page: the AMI Governance page with 1,000 publishers and a 5,000-account status against the
# same page with 10 publishers, in headless Chromium from Debian; then the plugin's bundle size.
# Builds the app (production, about a minute), serves it on :3000, starts the backend on :7007 for
# the guest sign-in, and stops it at the end. Run by hand, never part of `make test`.
# Options: --rounds N (default 9), --no-build (reuse the last build in $TMPDIR/bench-page/app).
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/toolchain.sh

dir="$TMPDIR/bench-page"
mkdir -p "$dir"
build=1
args=()
for arg in "$@"; do
  if [ "$arg" = "--no-build" ]; then build=0; else args+=("$arg"); fi
done
for port in 3000 7007; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "bench/page: port $port is in use; stop the running portal first" >&2
    exit 1
  fi
done
if [ ! -x /usr/bin/chromium ]; then
  echo "bench/page: /usr/bin/chromium is missing (apt-get install -y --no-install-recommends chromium)" >&2
  exit 1
fi

if [ "$build" = 1 ] || [ ! -d "$dir/app" ]; then
  # The build lands in packages/app/dist, where the backend's app plugin would serve it: move it out.
  rm -rf packages/app/dist "$dir/app"
  (cd packages/app && yarn backstage-cli package build >"$dir/build.log" 2>&1)
  mv packages/app/dist "$dir/app"
fi

(cd packages/backend && NODE_ENV=development exec node -r @backstage/cli-node/config/nodeTransform.cjs \
  src/index.ts --config ../../app-config.yaml) >"$dir/backend.log" 2>&1 &
backend=$!
trap 'kill $backend 2>/dev/null || true; wait $backend 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs http://localhost:7007/api/ami-governance/health >/dev/null && break
  sleep 1
done

node -r @backstage/cli-node/config/nodeTransform.cjs bench/page/measure.ts "$dir/app" "${args[@]}"
echo
echo "## Bundle"
echo
node bench/page/bundle.mjs "$dir/app"
