/**
 * bench/collector/workloads.ts: the workloads collector (collectWorkloads) over 5,000 accounts × 4
 * regions holding 200,000 instances and 20,000 launch templates, against an SDK mock (the tests' fake,
 * src/workloads/__testUtils__/fakeWorkloads.ts) that enforces EC2's per-account-region token buckets
 * and an STS AssumeRole rate in the collector's account (rates.ts), answering RequestLimitExceeded /
 * Throttling beyond them. A consumer drains the generator as the store would (each report serialized,
 * then dropped). Reports wall time against the lower bound that the rates and the concurrency allow,
 * and the peak RSS growth. Run by bench/collector/run.sh --workloads.
 *
 * Time compression as in index.ts: with --speedup K every rate is K times higher and every delay
 * (mock latency, retry backoff) K times shorter; figures are multiplied back to real seconds.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { EC2Client } from '@aws-sdk/client-ec2';
import { STSClient } from '@aws-sdk/client-sts';
import { workloadAccountSchema } from '@ami-governance/backstage-plugin-ami-governance-common';
import {
  collectWorkloads,
  DEFAULT_RETRY,
} from '@ami-governance/backstage-plugin-ami-governance-node';
import { mockClient } from 'aws-sdk-client-mock';
import {
  FakeAccount,
  installFakeWorkloads,
  requestLimitExceeded,
  stsThrottling,
  WorkloadsWrap,
} from '@ami-governance/backstage-plugin-ami-governance-node/testUtils';
import { ASSUMED_STS_RATE, EC2_NON_MUTATING, TokenBucket } from './rates';
import { BENCH_REGIONS, SyntheticWorkloads } from './workloadsData';
import { plan } from './workloadsPlan';
import { f, resultColumns } from './workloadsReport';

const { values: args } = parseArgs({
  options: {
    accounts: { type: 'string', default: '5000' },
    regions: { type: 'string', default: '4' },
    instances: { type: 'string', default: '200000' },
    'launch-templates': { type: 'string', default: '20000' },
    speedup: { type: 'string', default: '10' },
    concurrency: { type: 'string', default: '8,32,64' },
    'latency-ms': { type: 'string', default: '100' },
    'store-ms': { type: 'string', default: '0' },
    'discover-regions': { type: 'boolean', default: false },
    // Issue 24: the AMIs record their sources and the collector reads every chain (GetImageAncestry).
    lineage: { type: 'boolean', default: false },
    // Distinct AMIs in the catalog the accounts draw from; with --lineage 50,000 by default.
    amis: { type: 'string' },
  },
});
const LATENCY_MS = Number(args['latency-ms']);
const STORE_MS = Number(args['store-ms']);
const DISCOVER = args['discover-regions']!;
const LINEAGE = args.lineage!;
const data = new SyntheticWorkloads({
  accounts: Number(args.accounts),
  regions: BENCH_REGIONS.slice(0, Number(args.regions)),
  instances: Number(args.instances),
  launchTemplates: Number(args['launch-templates']),
  amis: Number(args.amis ?? (LINEAGE ? 50_000 : 220)),
  lineage: LINEAGE,
});
// The ops golden-AMI publisher is one of the organization's accounts: its catalog is read there too.
const GOLDEN_PUBLISHER = data.accountIds[1];
const REGIONS = data.shape.regions;

const loadAverage = () =>
  readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

/** Account inventories, built on first use and forgotten after the most recent few. */
function accountCache(size: number) {
  const cache = new Map<string, FakeAccount>();
  return (id: string) => {
    let account = cache.get(id);
    if (!account) {
      account = data.account(Number(id) - 100000000000);
      cache.set(id, account);
      if (cache.size > size) cache.delete(cache.keys().next().value!);
    }
    return account;
  };
}

async function run(
  concurrency: number,
  speedup: number,
  expected: ReturnType<typeof plan>,
) {
  const sts = mockClient(STSClient);
  const ec2 = mockClient(EC2Client);
  const stsBucket = new TokenBucket(
    ASSUMED_STS_RATE.perSecond * speedup,
    ASSUMED_STS_RATE.burst,
  );
  // One bucket per API per account-region, dropped with the account's report.
  const buckets = new Map<
    string,
    Map<string, { bucket: TokenBucket; calls: number }>
  >();
  const counts = {
    calls: 0,
    throttled: 0,
    stsThrottled: 0,
    mostPerBucket: 0,
    ancestry: 0,
  };
  const wrap: WorkloadsWrap = async (call, accountId, region, answer) => {
    counts.calls++;
    if (call === 'GetImageAncestry') counts.ancestry++;
    const half = LATENCY_MS / speedup / 2;
    await sleep(half);
    let bucket = stsBucket;
    if (call !== 'AssumeRole') {
      let own = buckets.get(accountId);
      if (!own) buckets.set(accountId, (own = new Map()));
      const key = `${region}/${call}`;
      let entry = own.get(key);
      if (!entry)
        own.set(
          key,
          (entry = {
            bucket: new TokenBucket(
              EC2_NON_MUTATING.perSecond * speedup,
              EC2_NON_MUTATING.burst,
            ),
            calls: 0,
          }),
        );
      entry.calls++;
      bucket = entry.bucket;
    }
    const allowed = bucket.take();
    await sleep(half);
    if (!allowed) {
      if (call === 'AssumeRole') {
        counts.stsThrottled++;
        throw stsThrottling();
      }
      counts.throttled++;
      throw requestLimitExceeded();
    }
    return answer();
  };
  installFakeWorkloads(sts, ec2, accountCache(Math.max(64, concurrency * 4)), {
    wrap,
    log: false,
  });

  global.gc?.();
  const baseline = process.memoryUsage();
  let peakRss = baseline.rss;
  let peakHeap = baseline.heapUsed;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 20);

  const totals = {
    accounts: 0,
    notVisible: 0,
    refused: 0,
    instances: 0,
    versions: 0,
    bytes: 0,
    invalid: 0,
    publicImages: 0,
  };
  const infos: string[] = [];
  const liveHeapMb: number[] = [];
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  for await (const report of collectWorkloads({
    accounts: data.accountIds.map(id => ({ id })),
    roleName: 'AmiGovernanceReadOnly',
    regions: DISCOVER ? undefined : REGIONS,
    concurrency,
    ...(LINEAGE && { lineage: { goldenPublisherAccountId: GOLDEN_PUBLISHER } }),
    retry: {
      maxAttempts: DEFAULT_RETRY.maxAttempts,
      baseDelayMs: DEFAULT_RETRY.baseDelayMs / speedup,
      maxDelayMs: DEFAULT_RETRY.maxDelayMs / speedup,
    },
    logger: { info: m => infos.push(m), warn: m => infos.push(m) },
  })) {
    // What the store does with a report: serialize it and let it go.
    totals.bytes += JSON.stringify(report).length;
    if (
      totals.accounts % 100 === 0 &&
      !workloadAccountSchema.safeParse(report).success
    )
      totals.invalid++;
    totals.accounts++;
    if (report.error) totals.notVisible++;
    for (const r of report.regions) {
      if (r.error) totals.refused++;
      totals.instances += r.instances.length;
      totals.versions += r.launchTemplates.length;
      totals.publicImages += r.publicImages.length;
    }
    for (const { calls } of buckets.get(report.accountId)?.values() ?? [])
      counts.mostPerBucket = Math.max(counts.mostPerBucket, calls);
    buckets.delete(report.accountId);
    // Sinon records every call's arguments and result: forget them, or the mock holds the organization.
    ec2.send.resetHistory();
    sts.send.resetHistory();
    if (STORE_MS > 0) await sleep(STORE_MS / speedup);
    // What stays reachable, at each quarter of the organization: flat means bounded.
    if (
      global.gc &&
      totals.accounts % Math.ceil(data.shape.accounts / 4) === 0
    ) {
      global.gc();
      liveHeapMb.push(
        (process.memoryUsage().heapUsed - baseline.heapUsed) / 2 ** 20,
      );
    }
  }
  const wallS = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  clearInterval(sampler);
  sts.restore();
  ec2.restore();

  const latencyS = LATENCY_MS / 1000 / speedup;
  // Without lineage ancestryPathCalls is 0: both bounds are the same.
  const withoutAncestry = Math.max(
    ((expected.pathCalls - expected.ancestryPathCalls) * latencyS) /
      concurrency,
    expected.longest * latencyS,
  );
  const concurrencyBound = Math.max(
    (expected.pathCalls * latencyS) / concurrency,
    expected.longest * latencyS,
  );
  const stsBound =
    Math.max(0, data.shape.accounts - ASSUMED_STS_RATE.burst) /
    (ASSUMED_STS_RATE.perSecond * speedup);
  // The consumer takes one report at a time: its own time is a bound too.
  const storeBound = (data.shape.accounts * STORE_MS) / 1000 / speedup;
  const bound = Math.max(concurrencyBound, stsBound, storeBound);
  const boundWithoutAncestry = Math.max(withoutAncestry, stsBound, storeBound);
  return {
    concurrency,
    speedup,
    wallS,
    cpuS: (cpu.user + cpu.system) / 1e6,
    concurrencyBound,
    stsBound,
    storeBound,
    bound,
    boundWithoutAncestry,
    load: loadAverage(),
    totals,
    counts,
    retried: /(\d+) throttled/.exec(infos.join('\n'))?.[1],
    rssGrowthMb: (peakRss - baseline.rss) / 2 ** 20,
    heapGrowthMb: (peakHeap - baseline.heapUsed) / 2 ** 20,
    liveHeapMb,
    baselineRssMb: baseline.rss / 2 ** 20,
  };
}

async function main() {
  const t0 = performance.now();
  const expected = plan(data, DISCOVER, LINEAGE ? GOLDEN_PUBLISHER : undefined);
  console.log(
    `# bench/collector/workloads: ${data.shape.accounts} accounts × ${
      REGIONS.length
    } regions (${REGIONS.join(', ')}), ${data.shape.instances} instances, ${
      data.shape.launchTemplates
    } launch templates; latency ${LATENCY_MS} ms per call (real time), Node ${
      process.version
    }`,
  );
  console.log(
    `Rates: EC2 ${
      EC2_NON_MUTATING.perSecond
    }/s per API per account-region (burst ${
      EC2_NON_MUTATING.burst
    }), STS AssumeRole ${
      ASSUMED_STS_RATE.perSecond
    }/s in the collector's account (burst ${
      ASSUMED_STS_RATE.burst
    }, assumed). ${
      DISCOVER ? 'Regions from DescribeRegions. ' : ''
    }Store: ${STORE_MS} ms per report.`,
  );
  console.log(
    `Expected (visible account-regions): ${expected.instances} instances, ${
      expected.versions
    } launch template versions; ${
      expected.pathCalls
    } calls on the accounts' critical paths (longest ${
      expected.longest
    }); planned in ${f((performance.now() - t0) / 1000, 1)} s.`,
  );
  console.log(
    LINEAGE
      ? `Lineage: ${
          data.catalogSize
        } AMIs in the catalog, chains up to 10 deep; ${
          expected.distinctAmis
        } distinct AMIs met, ${expected.ancestryCalls} GetImageAncestry and ${
          expected.ancestorDescribeCalls
        } DescribeImages calls expected (one read per chain through the shared cache), ${
          expected.ancestryPathCalls
        } of them on the critical paths; golden publisher ${GOLDEN_PUBLISHER}. Load average ${loadAverage()}.\n`
      : `No lineage (${
          data.catalogSize
        } AMIs in the catalog). Load average ${loadAverage()}.\n`,
  );
  const columns = resultColumns(expected, STORE_MS);
  console.log(`| ${columns.map(c => c[0]).join(' | ')} |`);
  console.log(
    `| ${columns
      .map((_, i) => (i === columns.length - 1 ? '---' : '---:'))
      .join(' | ')} |`,
  );
  for (const speedup of args.speedup!.split(',').map(Number))
    for (const concurrency of args.concurrency!.split(',').map(Number)) {
      const r = await run(concurrency, speedup, expected);
      console.log(`| ${columns.map(([, cell]) => cell(r)).join(' | ')} |`);
    }
}

main().catch(e => {
  console.error(e);
  process.exitCode = 1;
});
