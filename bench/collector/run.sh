#!/usr/bin/env bash
# bench/collector: the AWS Organizations collector over 5,000 accounts and 300 OUs against an SDK mock
# that enforces the Organizations throttling rates. Run by hand, never part of `make test`.
# Arguments go to index.ts: --accounts N --ous N --speedup K[,K…] --concurrency N[,N…] --latency-ms MS.
# --cli-smoke instead runs `ami-governance snapshot` once against the same mock (a wiring check).
# --workloads instead runs workloads.ts, the workloads collector over 5,000 accounts × 4 regions against
# EC2 and STS rate limits; its arguments: --accounts N --regions N --instances N --launch-templates N
# --speedup K[,K…] --concurrency N[,N…] --latency-ms MS --store-ms MS --discover-regions.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/toolchain.sh

if [ "${1:-}" = "--workloads" ]; then
  shift
  # --expose-gc: the benchmark measures what stays reachable after a collection at each quarter.
  exec node --expose-gc -r @backstage/cli-node/config/nodeTransform.cjs bench/collector/workloads.ts "$@"
fi
if [ "${1:-}" = "--cli-smoke" ]; then
  exec node -r @backstage/cli-node/config/nodeTransform.cjs bench/collector/cliSmoke.ts
fi
node -r @backstage/cli-node/config/nodeTransform.cjs bench/collector/index.ts "$@"
