#!/usr/bin/env bash
# bench/api on PostgreSQL: a backend with the plugin on 127.0.0.1:7077 and a fresh database
# "bench_api_ami-governance" on the server given (default postgresql://postgres@127.0.0.1:5432, dropped
# and recreated), then three pushes of the 5,000-account snapshot with 200,000 instances and the
# workload routes measured right after generations 2 (ANALYZE skipped) and 3 (analyzed): see
# postgresLoad.ts. Run by hand; stops its backend. BENCH_DURATION=s per case (default 10).
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/toolchain.sh
pg="${BENCH_POSTGRES:-postgresql://postgres@127.0.0.1:5432}"
if curl -s -o /dev/null http://127.0.0.1:7077; then
  echo "port 7077 is already in use: stop what runs there first" >&2
  exit 1
fi
psql "$pg/postgres" -qc 'DROP DATABASE IF EXISTS "bench_api_ami-governance"'

dir="$TMPDIR/bench-api-postgres"
token="bench-$(date +%s)-token"
run() { node -r @backstage/cli-node/config/nodeTransform.cjs "$@"; }

run bench/api/load.ts fixtures "$dir" "$token" "$pg"
node -r @backstage/cli-node/config/nodeTransform.cjs bench/api/backend.ts --config "$dir/app-config.yaml" >"$dir/backend.log" 2>&1 &
backend=$!
trap 'kill $backend 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  kill -0 $backend 2>/dev/null || { echo "backend exited; see $dir/backend.log" >&2; exit 1; }
  curl -fs http://127.0.0.1:7077/api/ami-governance/health >/dev/null && break
  sleep 1
done
echo "# bench/api on PostgreSQL — $(date -u +%FT%TZ), node $(node -v), $(psql "$pg/postgres" -Atc 'SHOW server_version'), $(nproc) cores, ${BENCH_DURATION:-10} s per case, 10 connections"
run bench/api/postgresLoad.ts "$dir" "$token" "$pg"
