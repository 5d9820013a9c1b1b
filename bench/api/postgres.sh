#!/usr/bin/env bash
# bench/api on PostgreSQL: a backend with the plugin on 127.0.0.1:7077 (or BENCH_PORT) and a fresh database
# "bench_api_ami-governance" on the server given (default postgresql://postgres@127.0.0.1:5432, dropped
# and recreated), then for each workload route a push of the 5,000-account snapshot with 200,000
# instances and the route measured right after it, a new key each request: see postgresLoad.ts. Run
# by hand; stops its backend. BENCH_AMOUNT=requests per case and phase (default 2000, at most 2500);
# BENCH_CONNECTIONS=concurrent connections (default 10); BENCH_CPU_PROF=DIR writes the backend's CPU
# profile there (node --cpu-prof; figures then include the profiler's cost).
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/toolchain.sh
port="${BENCH_PORT:-7077}"
export BENCH_PORT="$port"
pg="${BENCH_POSTGRES:-postgresql://postgres@127.0.0.1:5432}"
if curl -s -o /dev/null http://127.0.0.1:$port; then
  echo "port $port is already in use (BENCH_PORT=… chooses another): stop what runs there first" >&2
  exit 1
fi
psql "$pg/postgres" -qc 'DROP DATABASE IF EXISTS "bench_api_ami-governance"'

dir="$TMPDIR/bench-api-postgres"
token="bench-$(date +%s)-token"
run() { node -r @backstage/cli-node/config/nodeTransform.cjs "$@"; }

run bench/api/load.ts fixtures "$dir" "$token" "$pg"
node ${BENCH_CPU_PROF:+--cpu-prof --cpu-prof-dir="$BENCH_CPU_PROF"} -r @backstage/cli-node/config/nodeTransform.cjs bench/api/backend.ts --config "$dir/app-config.yaml" >"$dir/backend.log" 2>&1 &
backend=$!
trap 'kill $backend 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  kill -0 $backend 2>/dev/null || { echo "backend exited; see $dir/backend.log" >&2; exit 1; }
  curl -fs http://127.0.0.1:$port/api/ami-governance/health >/dev/null && break
  sleep 1
done
echo "# bench/api on PostgreSQL — $(date -u +%FT%TZ), node $(node -v), $(psql "$pg/postgres" -Atc 'SHOW server_version'), $(nproc) cores, ${BENCH_AMOUNT:-2000} requests per case and phase, ${BENCH_CONNECTIONS:-10} connections, load $(cut -d' ' -f1-3 /proc/loadavg)"
run bench/api/postgresLoad.ts "$dir" "$token"
echo
echo "Each generation evaluated for readers after its push (backend log):"
grep -o 'workload collection [0-9]* evaluated for readers in [0-9]* ms' "$dir/backend.log" || echo "  none logged"
