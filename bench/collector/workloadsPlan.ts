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
) {
  if (account.assumeRole) return { path: 1, instances: 0, versions: 0 };
  let slowest = 0;
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
    slowest = Math.max(slowest, listings + lookups);
    instances += r.instances?.length ?? 0;
    versions += regionVersions;
  }
  return { path: 1 + (DISCOVER ? 1 : 0) + slowest, instances, versions };
}

/** The whole organization's plan, one account built at a time. */
export function plan(data: SyntheticWorkloads, DISCOVER: boolean) {
  let pathCalls = 0;
  let longest = 0;
  let instances = 0;
  let versions = 0;
  for (let a = 0; a < data.shape.accounts; a++) {
    const p = planOf(
      data.accountIds[a],
      data.account(a),
      data.shape.regions,
      DISCOVER,
    );
    pathCalls += p.path;
    longest = Math.max(longest, p.path);
    instances += p.instances;
    versions += p.versions;
  }
  return { pathCalls, longest, instances, versions };
}
