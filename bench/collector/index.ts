/**
 * bench/collector: the AWS Organizations collector over a large synthetic organization, against an
 * SDK mock that enforces the Organizations throttling rates (rates.ts) and answers
 * TooManyRequestsException beyond them. Reports wall time against the lower bound those rates allow
 * and the throttles retried. Run by bench/collector/run.sh.
 *
 * Time compression: with --speedup K every rate is K times higher and every delay (mock latency,
 * retry backoff) K times shorter, so a run lasts 1/K of the real thing and the ratio to the bound is
 * what carries over.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { organizationSnapshotSchema } from '@ami-governance/backstage-plugin-ami-governance-common';
import {
  collectOrganizationSnapshot,
  DEFAULT_RETRY,
} from '@ami-governance/backstage-plugin-ami-governance-node';
import { mockClient } from 'aws-sdk-client-mock';
import {
  installFakeOrganization,
  tooManyRequests,
  Wrap,
  Pace,
} from '@ami-governance/backstage-plugin-ami-governance-node/testUtils';
import { syntheticOrganization } from './organization';
import { ASSUMED_RATES, rateOf, TokenBucket } from './rates';

const { values: args } = parseArgs({
  options: {
    accounts: { type: 'string', default: '5000' },
    ous: { type: 'string', default: '300' },
    speedup: { type: 'string', default: '10' },
    concurrency: { type: 'string', default: '1,2,4,8,16' },
    'latency-ms': { type: 'string', default: '100' },
    timeline: { type: 'boolean', default: false },
    'other-caller-share': { type: 'string', default: '0' },
    'backoff-only': { type: 'boolean', default: false },
  },
});
const ACCOUNTS = Number(args.accounts);
const OUS = Number(args.ous);
const LATENCY_MS = Number(args['latency-ms']);
/** The share of every API's rate another caller in the account uses up while the collector runs. */
const OTHER_SHARE = Number(args['other-caller-share']);

// Ablation: the collector with exponential backoff only, its per-API pacing switched off.
if (args['backoff-only']) Pace.prototype.throttled = () => {};

let startedAt = performance.now();
const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

/** Deterministic latency jitter: ±40% around the mean. */
let jitterState = 7;
function latency(meanMs: number) {
  jitterState = (Math.imul(jitterState, 1664525) + 1013904223) >>> 0;
  return meanMs * (0.6 + 0.8 * (jitterState / 2 ** 32));
}

interface ApiStats {
  /** Successful calls per 10 s window (at real rates), for --timeline. */
  windows: number[];
  ok: number;
  throttled: number;
  /** Tokens the other caller got (--other-caller-share). */
  otherTaken: number;
  bucket: TokenBucket;
  rate: number;
}

/** Each call waits half its latency, meets the API's bucket (as AWS throttles on arrival), then the other half. */
function rateLimited(
  stats: Map<string, ApiStats>,
  speedup: number,
  timers: NodeJS.Timeout[],
): Wrap {
  return (name, handler) => {
    const rate = rateOf(name) * speedup;
    const s: ApiStats = {
      windows: [],
      ok: 0,
      throttled: 0,
      otherTaken: 0,
      bucket: new TokenBucket(rate, Math.max(1, rateOf(name))),
      rate,
    };
    stats.set(name, s);
    if (OTHER_SHARE > 0)
      timers.push(
        setInterval(() => {
          if (s.bucket.take()) s.otherTaken++;
        }, 1000 / (rate * OTHER_SHARE)),
      );
    return async input => {
      const half = latency(LATENCY_MS / speedup) / 2;
      await sleep(half);
      const allowed = s.bucket.take();
      await sleep(half);
      if (!allowed) {
        s.throttled++;
        throw tooManyRequests();
      }
      s.ok++;
      const w = Math.floor(
        ((performance.now() - startedAt) * speedup) / 10_000,
      );
      s.windows[w] = (s.windows[w] ?? 0) + 1;
      return handler(input);
    };
  };
}

async function run(concurrency: number, speedup: number) {
  const org = syntheticOrganization(ACCOUNTS, OUS);
  const mock = mockClient(OrganizationsClient);
  const stats = new Map<string, ApiStats>();
  const timers: NodeJS.Timeout[] = [];
  installFakeOrganization(mock, org, rateLimited(stats, speedup, timers));
  const infos: string[] = [];
  const started = performance.now();
  startedAt = started;
  const snapshot = await collectOrganizationSnapshot({
    client: new OrganizationsClient({ region: 'us-east-1', maxAttempts: 1 }),
    policyNames: {
      declarative: 'ami-publisher-allowlist',
      scp: 'ami-guardrail',
    },
    concurrency,
    retry: {
      maxAttempts: DEFAULT_RETRY.maxAttempts,
      baseDelayMs: DEFAULT_RETRY.baseDelayMs / speedup,
      maxDelayMs: DEFAULT_RETRY.maxDelayMs / speedup,
    },
    logger: { info: m => infos.push(m), warn: m => infos.push(m) },
  });
  const wallS = (performance.now() - started) / 1000;
  timers.forEach(clearInterval);
  mock.restore();

  // Per API: the calls that had to succeed, less the bucket's initial burst, at the API's rate.
  const apis = [...stats.entries()]
    .filter(([, s]) => s.ok + s.throttled > 0)
    .map(([api, s]) => ({
      api,
      ok: s.ok,
      throttled: s.throttled,
      rate: s.rate / speedup,
      // Every token handed out, to us or to the other caller, is paid for at the API's rate.
      boundS: Math.max(0, s.ok + s.otherTaken - s.bucket.capacity) / s.rate,
      otherTaken: s.otherTaken,
    }));
  const boundMax = Math.max(...apis.map(a => a.boundS));
  const boundSum = apis.reduce((t, a) => t + a.boundS, 0);
  const retried = Number(/(\d+) throttled/.exec(infos.join('\n'))?.[1] ?? NaN);
  return {
    stats,
    concurrency,
    speedup,
    wallS,
    boundMax,
    boundSum,
    throttles: apis.reduce((t, a) => t + a.throttled, 0),
    retried,
    apis,
    accounts: snapshot.accounts.length,
    ous: snapshot.organizationalUnits.length,
    errors: snapshot.errors,
    schemaOk: organizationSnapshotSchema.safeParse(snapshot).success,
  };
}

const f = (n: number, d = 2) => n.toFixed(d);

async function main() {
  console.log(
    `# bench/collector: ${ACCOUNTS} accounts, ${OUS} OUs, mean latency ${LATENCY_MS} ms (real time), Node ${process.version}`,
  );
  console.log(
    `Assumed rates (unpublished): ${Object.entries(ASSUMED_RATES)
      .map(([k, v]) => `${k} ${v}/s`)
      .join(', ')}.${
      OTHER_SHARE > 0
        ? ` Another caller uses up to ${
            OTHER_SHARE * 100
          }% of every API's rate.`
        : ''
    }${
      args['backoff-only']
        ? ' Ablation: backoff only, the per-API pacing switched off.'
        : ''
    }`,
  );
  const results = [];
  for (const speedup of args.speedup!.split(',').map(Number))
    for (const concurrency of args.concurrency!.split(',').map(Number)) {
      const r = await run(concurrency, speedup);
      const { stats } = r;
      results.push(r);
      console.log(
        `\n## concurrency ${concurrency}, speedup ×${speedup}: ${f(
          r.wallS,
        )} s wall (${f(r.wallS * speedup, 0)} s at real rates), ${
          r.accounts
        } accounts, ${r.ous} OUs, ${r.errors.length} errors, schema ${
          r.schemaOk ? 'ok' : 'FAILED'
        }\n`,
      );
      console.log(
        '| API | calls answered | throttled | other caller took | rate /s | bound s (real rates) |',
      );
      console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
      for (const a of r.apis)
        console.log(
          `| ${a.api} | ${a.ok} | ${a.throttled} | ${a.otherTaken} | ${
            a.rate
          } | ${f(a.boundS * speedup, 1)} |`,
        );
      if (args.timeline)
        for (const a of r.apis)
          console.log(
            `timeline ${a.api} (calls per 10 s): ${Array.from(
              stats.get(a.api)!.windows,
              n => n ?? 0,
            ).join(' ')}`,
          );
      for (const e of r.errors.slice(0, 5))
        console.log(`error: ${e.scope}: ${e.code}: ${e.message}`);
    }

  console.log('\n## Summary (seconds at real rates = measured × speedup)\n');
  console.log(
    '| concurrency | speedup | wall s | bound s (max over APIs) | bound s (sum) | wall / max bound | throttles answered | retried by collector | errors |',
  );
  console.log(
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const r of results)
    console.log(
      `| ${r.concurrency} | ×${r.speedup} | ${f(r.wallS * r.speedup, 1)} | ${f(
        r.boundMax * r.speedup,
        1,
      )} | ${f(r.boundSum * r.speedup, 1)} | ${f(r.wallS / r.boundMax)} | ${
        r.throttles
      } | ${r.retried} | ${r.errors.length} |`,
    );
  console.log(
    `\nThe naive walk (ListAccounts + one ListParents per account) would need ${ACCOUNTS} ListParents calls: ${f(
      ACCOUNTS / rateOf('ListParents'),
      0,
    )} s at ${rateOf('ListParents')}/s for the parents alone.`,
  );
}

main().catch(e => {
  console.error(e);
  process.exitCode = 1;
});
