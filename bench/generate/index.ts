/**
 * bench/generate: times validateConfig and generatePolicies on synthetic configs of growing size.
 * Run through bench/generate/run.sh. Options: --reps N, --warmup N, --configs-dir DIR (writes the
 * configs the CLI step of run.sh times).
 */
import {
  computeAllowlist,
  generatePolicies,
  GenerationResult,
  parseGovernanceConfig,
  validateConfig,
  ValidationResult,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  allActiveConfig,
  historyConfig,
  providersConfig,
  TODAY,
} from './configs';
import { Case, table, timeCases } from './timing';

const { values: args } = parseArgs({
  options: {
    reps: { type: 'string', default: '50' },
    warmup: { type: 'string', default: '10' },
    'configs-dir': { type: 'string' },
  },
});
const opts = { reps: Number(args.reps), warmup: Number(args.warmup) };

/** `ok`, or the distinct error codes with their counts. */
function codes(result: { findings: { severity: string; code: string }[] }) {
  const counts = new Map<string, number>();
  for (const f of result.findings.filter(x => x.severity === 'error'))
    counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  if (!counts.size) return 'ok';
  return [...counts].map(([code, n]) => `${code} ×${n}`).join(', ');
}
const validationOutcome = (r: ValidationResult) =>
  `${r.generation?.ok ? 'generated' : 'refused'}; errors: ${codes(r)}`;
const generationOutcome = (r: GenerationResult) =>
  r.ok
    ? `ok (SCP ${r.scp.size}/${r.scp.maxSize}, declarative ${r.declarativePolicy.size}/${r.declarativePolicy.maxSize} chars)`
    : `refused: ${codes(r)}`;

const parsed = (providers: number) => {
  const result = parseGovernanceConfig(providersConfig(providers));
  if (!result.ok) throw new Error(`synthetic config invalid: ${codes(result)}`);
  return result.config;
};
const fits = (providers: number) =>
  generatePolicies(parsed(providers), { today: TODAY }).ok;

/** The largest allowlist both documents hold, by bisection over provider counts. */
function largestThatFits(): number {
  let [low, high] = [3, 2_000];
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** heapUsed and RSS around one validation of the 10,000-exception config, measured first. */
function memory() {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return 'skipped: run node with --expose-gc';
  const text = JSON.stringify(historyConfig(10_000));
  validateConfig(JSON.stringify(historyConfig(100)), { today: TODAY });
  gc();
  const before = process.memoryUsage();
  const result = validateConfig(text, { today: TODAY });
  const after = process.memoryUsage();
  gc();
  const retained = process.memoryUsage();
  return [
    `config text ${mb(text.length)}, ${result.findings.length} findings`,
    `heapUsed +${mb(after.heapUsed - before.heapUsed)} right after the call`,
    `+${mb(
      retained.heapUsed - before.heapUsed,
    )} retained with the result after GC`,
    `RSS +${mb(after.rss - before.rss)}`,
  ].join('; ');
}

function validationCases(label: string, build: (n: number) => object): Case[] {
  return [100, 1_000, 10_000].map(size => {
    const text = JSON.stringify(build(size));
    const fn = () => validateConfig(text, { today: TODAY });
    return { label, size, fn, outcome: validationOutcome };
  });
}

/** The step of validation whose cost grows fastest with expired exceptions. */
function allowlistCases(): Case[] {
  return [100, 1_000, 10_000].map(size => {
    const result = parseGovernanceConfig(historyConfig(size));
    if (!result.ok) throw new Error('synthetic config invalid');
    return {
      label: 'history',
      size,
      fn: () => computeAllowlist(result.config, TODAY),
      outcome: r =>
        `${r.providers.length} providers, ${r.expired.length} expired`,
    };
  });
}

function generationCases(max: number): Case[] {
  const sizes = [...new Set([100, 300, 550, 600, max, max + 1])];
  return sizes
    .sort((a, b) => a - b)
    .map(size => {
      const config = parsed(size);
      const label = { [max]: 'largest that fits', [max + 1]: 'one more' }[size];
      return {
        label: label ?? 'providers',
        size,
        fn: () => generatePolicies(config, { today: TODAY }),
        outcome: generationOutcome,
      };
    });
}

function writeConfigs(dir: string, max: number) {
  mkdirSync(dir, { recursive: true });
  for (const n of [3, 600, max + 1])
    writeFileSync(
      join(dir, `providers-${n}.json`),
      JSON.stringify(providersConfig(n), null, 2),
    );
}

const memoryLine = memory();
const max = largestThatFits();
console.log(
  `# bench/generate — ${new Date().toISOString()}, node ${process.version}, ` +
    `today ${TODAY}, warm-up ${opts.warmup} rounds, ${opts.reps} timed rounds\n`,
);
console.log(
  '## validateConfig(text), exceptions: 50 in the allowlist, the rest expired\n',
);
console.log(table(timeCases(validationCases('history', historyConfig), opts)));
console.log('\n## validateConfig(text), every exception active\n');
console.log(
  table(timeCases(validationCases('all active', allActiveConfig), opts)),
);
console.log('\n## computeAllowlist(config) alone, same configs as "history"\n');
console.log(table(timeCases(allowlistCases(), opts)));
console.log(
  `\n## generatePolicies(config), largest allowlist that fits: ${max}\n`,
);
console.log(table(timeCases(generationCases(max), opts)));
console.log(`\n## memory, validating 10,000 exceptions\n\n${memoryLine}`);
if (args['configs-dir']) writeConfigs(args['configs-dir'], max);
