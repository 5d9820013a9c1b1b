#!/usr/bin/env bash
# bench/generate: validation and generation timings in process, then the whole CLI `generate`
# with hyperfine when it is installed. Run by hand, never part of `make test`.
# Arguments go to index.ts: --reps N, --warmup N.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/toolchain.sh

dir="$TMPDIR/bench-generate"
rm -rf "$dir"
node --expose-gc -r @backstage/cli-node/config/nodeTransform.cjs \
  bench/generate/index.ts --configs-dir "$dir" "$@"

echo
echo "## CLI generate, whole process (hyperfine)"
echo
if ! command -v hyperfine >/dev/null; then
  echo "hyperfine is not installed (apt-get install -y hyperfine): CLI timing skipped."
  exit 0
fi
# The same fixed date as TODAY in configs.ts. -i: the largest config is refused with exit 1.
commands=()
for config in $(ls "$dir"/providers-*.json | sort -V); do
  name="$(basename "$config" .json)"
  commands+=(-n "$name" "node packages/ami-governance-cli/bin/ami-governance generate --today 2026-11-23 --config $config --out $dir/out-$name")
done
hyperfine -N -i --warmup 3 --runs 20 --export-markdown "$dir/cli.md" "${commands[@]}" >&2
cat "$dir/cli.md"
