/** What bench/collector/workloads.ts expects of a collection: calls on each critical path, totals. */
import {
  FakeAccount,
  IMAGE_ID_BATCH,
} from '@ami-governance/backstage-plugin-ami-governance-node/testUtils';
import { SyntheticWorkloads } from './workloadsData';

const pages = (n: number, size: number) => Math.max(1, Math.ceil(n / size));

/**
 * The calls one account needs one after the other, as the collector orders them: AssumeRole,
 * (DescribeRegions), then the slowest region: its listings side by side (the longest paginated one),
 * then the DescribeImages batches (plus one more for a batch holding a deregistered AMI, asked again
 * without it). Also what the account should yield, to check the collection is complete.
 */
function planOf(
  accountId: string,
  account: FakeAccount,
  regions: readonly string[],
  DISCOVER: boolean,
  lineage?: LineagePlan,
) {
  if (account.assumeRole)
    return { path: 1, instances: 0, versions: 0, ancestryPath: 0 };
  let slowest = 0;
  let slowestWithout = 0;
  let instances = 0;
  let versions = 0;
  for (const name of regions) {
    const r = account.regions[name];
    if (!r) {
      // Not enabled: refused at once when configured, not listed by DescribeRegions.
      if (!DISCOVER) slowest = Math.max(slowest, 1);
      continue;
    }
    const ids = new Set<string>();
    for (const i of r.instances ?? []) ids.add(i.ImageMetadata!.ImageId!);
    let regionVersions = 0;
    for (const t of r.launchTemplates ?? []) {
      const latest = t.versions.length;
      for (const v of new Set([t.defaultVersion, latest])) {
        regionVersions++;
        ids.add(t.versions[v - 1].imageId!);
      }
    }
    const known = new Set((r.images ?? []).map(i => i.ImageId));
    const list = [...ids];
    let lookups = 0;
    for (let b = 0; b < list.length; b += IMAGE_ID_BATCH) {
      const batch = list.slice(b, b + IMAGE_ID_BATCH);
      const unknown = batch.filter(id => !known.has(id)).length;
      lookups += 1 + (unknown > 0 && unknown < batch.length ? 1 : 0);
    }
    const publicImages = (r.images ?? []).filter(
      i => i.Public && i.OwnerId === accountId,
    ).length;
    const listings = Math.max(
      pages(r.instances?.length ?? 0, 1000),
      pages(r.launchTemplates?.length ?? 0, 200),
      pages(regionVersions, 200),
      pages(publicImages, 1000),
    );
    const ancestry = lineage
      ? lineageCalls(lineage, accountId, r, list, known)
      : 0;
    slowest = Math.max(slowest, listings + lookups + ancestry);
    slowestWithout = Math.max(slowestWithout, listings + lookups);
    instances += r.instances?.length ?? 0;
    versions += regionVersions;
  }
  const head = 1 + (DISCOVER ? 1 : 0);
  return {
    path: head + slowest,
    ancestryPath: slowest - slowestWithout,
    instances,
    versions,
  };
}

/** The ancestry reads a collection shares (AncestryCache), simulated in the order accounts are read. */
interface LineagePlan {
  goldenPublisher: string;
  /** AMIs whose chain is known: read, a suffix of one read, or a root. */
  known: Set<string>;
  ancestryCalls: number;
  describeCalls: number;
}

/**
 * The lineage calls of one account-region after its lookups, one after the other as the collector
 * makes them: in the ops publisher's account its catalog (one DescribeImages page here); per AMI
 * used whose chain is not known yet, GetImageAncestry, then DescribeImages of its ancestors (batches
 * of IMAGE_ID_BATCH, one region here: GetImageAncestry names no owner). Each ancestor's chain is then
 * known. AMIs DescribeImages could not describe (deregistered) have no lineage read.
 */
function lineageCalls(
  lineagePlan: LineagePlan,
  accountId: string,
  region: FakeAccount['regions'][string],
  used: string[],
  described: Set<string | undefined>,
) {
  let calls = accountId === lineagePlan.goldenPublisher ? 1 : 0;
  lineagePlan.describeCalls += calls;
  const images = new Map((region.images ?? []).map(i => [i.ImageId!, i]));
  for (const id of used) {
    if (!described.has(id) || lineagePlan.known.has(id)) continue;
    lineagePlan.known.add(id);
    let source = images.get(id)!.SourceImageId;
    if (!source) continue;
    let ancestors = 0;
    for (; source; source = images.get(source)?.SourceImageId, ancestors++)
      lineagePlan.known.add(source);
    const describes = pages(ancestors, IMAGE_ID_BATCH);
    lineagePlan.ancestryCalls++;
    lineagePlan.describeCalls += describes;
    calls += 1 + describes;
  }
  return calls;
}

/** The whole organization's plan, one account built at a time. */
export function plan(
  data: SyntheticWorkloads,
  DISCOVER: boolean,
  goldenPublisher?: string,
) {
  const lineage: LineagePlan | undefined =
    goldenPublisher === undefined
      ? undefined
      : {
          goldenPublisher,
          known: new Set(),
          ancestryCalls: 0,
          describeCalls: 0,
        };
  let pathCalls = 0;
  let ancestryPathCalls = 0;
  let longest = 0;
  let instances = 0;
  let versions = 0;
  for (let a = 0; a < data.shape.accounts; a++) {
    const p = planOf(
      data.accountIds[a],
      data.account(a),
      data.shape.regions,
      DISCOVER,
      lineage,
    );
    pathCalls += p.path;
    ancestryPathCalls += p.ancestryPath;
    longest = Math.max(longest, p.path);
    instances += p.instances;
    versions += p.versions;
  }
  return {
    pathCalls,
    /** Of pathCalls, the ancestry reads' (0 without lineage). */
    ancestryPathCalls,
    longest,
    instances,
    versions,
    ancestryCalls: lineage?.ancestryCalls ?? 0,
    ancestorDescribeCalls: lineage?.describeCalls ?? 0,
    distinctAmis: lineage?.known.size ?? 0,
  };
}
