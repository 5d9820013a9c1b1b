#!/usr/bin/env bash
# bench/api: a backend with the plugin on 127.0.0.1:7077 (or BENCH_PORT) (SQLite in memory, a 1,000-exception config,
# a 5,000-account snapshot with 200,000 instances and 20,000 launch templates), then autocannon against
# five endpoints, a flood of anonymous 20 MB bodies, and the workload API. Run by hand; stops its backend.
# BENCH_ONLY=workloads measures the workload API alone; BENCH_ONLY=lineage the scope of impact alone
# (lineageLoad.ts, BENCH_AMOUNT requests). BENCH_PORT=N serves on another port than 7077.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/toolchain.sh
port="${BENCH_PORT:-7077}"
export BENCH_PORT="$port"
if curl -s -o /dev/null http://127.0.0.1:$port; then
  echo "port $port is already in use (BENCH_PORT=… chooses another): stop what runs there first" >&2
  exit 1
fi

dir="$TMPDIR/bench-api"
token="bench-$(date +%s)-token"
run() { node -r @backstage/cli-node/config/nodeTransform.cjs "$@"; }

run bench/api/load.ts fixtures "$dir" "$token"
node -r @backstage/cli-node/config/nodeTransform.cjs bench/api/backend.ts --config "$dir/app-config.yaml" >"$dir/backend.log" 2>&1 &
backend=$!
trap 'kill $backend 2>/dev/null || true' EXIT
started=$(date +%s)
# The snapshot file, workloads included, is stored before the backend serves.
for _ in $(seq 1 900); do
  kill -0 $backend 2>/dev/null || { echo "backend exited; see $dir/backend.log" >&2; exit 1; }
  curl -fs -H "Authorization: Bearer $token" http://127.0.0.1:$port/api/ami-governance/status | grep -q '"available":true' && break
  sleep 1
done
ready=$(($(date +%s) - started))
echo "# bench/api — $(date -u +%FT%TZ), node $(node -v), $(nproc) cores, ${BENCH_DURATION:-10} s per endpoint, 10 connections"
echo "Backend serving ${ready} s after start (snapshot file read, validated and stored, workloads included); snapshot $(du -h "$dir/org-snapshot.json" | cut -f1)."
echo
run bench/api/load.ts load "$dir" "$token"
