/**
 * The workloads section of the bench/api snapshot: 5,000 accounts × 4 regions holding 200,000
 * instances and 20,000 launch template versions, deterministic (counters, no randomness). Per
 * account: 40 instances and 4 launch template versions. AMIs by publisher: 80% the ops publisher, 5%
 * the vendor, 5% the 50 active exceptions, 5% twenty outside publishers (blocked), 3% `amazon`
 * (not in the bench allowlist: blocked), 1% the account's own AMIs, 1% unresolved. 5% of the
 * account-regions are disabled by the account; 1% of the accounts are not visible (AccessDenied);
 * every 50th account owns a public AMI.
 */
import {
  criteriaFromConfig,
  parseGovernanceConfig,
  utcDateOf,
  WorkloadAccountReport,
  WorkloadImage,
  WorkloadsSnapshot,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { regionLineage } from './lineageFixtures';

const id = (n: number) => String(n).padStart(12, '0');
const REGIONS = ['us-east-1', 'eu-west-1', 'us-west-2', 'ap-southeast-2'];
const OUTSIDE = Array.from({ length: 20 }, (_, i) => String(900000000000 + i));
const AMAZON = '137112412989';

/** The publisher of the n-th workload of an account, by the percentages above. */
function publisherOf(n: number, account: string, exceptions: string[]) {
  const slot = n % 100;
  if (slot < 80) return { ownerId: '123456738923' };
  if (slot < 85) return { ownerId: '111122223333' };
  // Every exception and outside publisher in turn, one per hundred workloads.
  const turn = Math.floor(n / 100);
  if (slot < 90) return { ownerId: exceptions[turn % exceptions.length] };
  if (slot < 95) return { ownerId: OUTSIDE[turn % OUTSIDE.length] };
  if (slot < 98) return { ownerId: AMAZON, ownerAlias: 'amazon' };
  if (slot < 99) return { ownerId: account };
  return {};
}

/** Five AMIs per publisher and region; an unresolved one has no owner. */
function imageOf(
  n: number,
  region: string,
  account: string,
  exceptions: string[],
): WorkloadImage {
  const publisher = publisherOf(n, account, exceptions);
  const owner = publisher.ownerId ?? 'gone';
  const imageId = `ami-${owner}-${region}-${n % 5}`;
  return {
    imageId,
    ...publisher,
    name: `bench-${owner}-${n % 5}`,
    creationDate: '2026-10-01T00:00:00.000Z',
    imageAllowed: true,
  };
}

export function workloadsSection(
  rawConfig: object,
  sizes: { accounts: number; instances: number; launchTemplates: number },
  collectedAt: string,
): WorkloadsSnapshot {
  const parsed = parseGovernanceConfig(rawConfig);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.findings));
  const today = utcDateOf(new Date(collectedAt));
  const exceptions = parsed.config.exception_accounts
    .filter(e => e.expires_on >= today)
    .map(e => e.account_id);
  // What GetAllowedImagesSettings answers where the deployed policy is in force.
  const imageCriteria = (criteriaFromConfig(parsed.config, today) ?? []).map(
    c => ({ ImageProviders: c.providers }),
  );
  const reports: WorkloadAccountReport[] = [];
  const visible: WorkloadAccountReport[] = [];
  for (let a = 0; a < sizes.accounts; a++) {
    const accountId = id(1 + a);
    if (a % 100 === 99) {
      reports.push({
        accountId,
        collectedAt,
        error: {
          code: 'AccessDenied',
          message: `not authorized to perform sts:AssumeRole on arn:aws:iam::${accountId}:role/AmiGovernanceReadOnly`,
        },
        regions: [],
      });
      continue;
    }
    const report: WorkloadAccountReport = {
      accountId,
      collectedAt,
      regions: REGIONS.map((region, r) => ({
        region,
        allowedImages:
          (a * 4 + r) % 20 === 7
            ? { state: 'disabled', managedBy: 'account', imageCriteria: [] }
            : {
                state: 'audit-mode',
                managedBy: 'declarative-policy',
                imageCriteria,
              },
        imageBlockPublicAccess: {
          state: 'block-new-sharing',
          managedBy: 'declarative-policy',
        },
        instances: [],
        launchTemplates: [],
        publicImages:
          a % 50 === 0 && r === 0
            ? [{ imageId: `ami-${accountId}-public`, name: 'shared' }]
            : [],
      })),
    };
    reports.push(report);
    visible.push(report);
  }
  // Round robin over the visible accounts and their regions: exact totals, even spread.
  const place = (k: number) => {
    const report = visible[k % visible.length];
    const r = Math.floor(k / visible.length) % REGIONS.length;
    return { report, r, region: report.regions[r] };
  };
  for (let k = 0; k < sizes.instances; k++) {
    const { report, r, region } = place(k);
    region.instances.push({
      instanceId: `i-${report.accountId}-${r}-${region.instances.length}`,
      state: 'running',
      launchTime: '2026-11-01T00:00:00.000Z',
      image: imageOf(k, region.region, report.accountId, exceptions),
    });
  }
  for (let k = 0; k < sizes.launchTemplates; k++) {
    const { report, region } = place(k);
    region.launchTemplates.push({
      launchTemplateId: `lt-${String(k).padStart(17, '0')}`,
      name: `app-${k}`,
      version: 1 + (k % 7),
      pointers: ['default', 'latest'],
      image: imageOf(k + 7, region.region, report.accountId, exceptions),
    });
  }
  const active = new Set(exceptions);
  for (const report of visible)
    for (const region of report.regions)
      region.lineage = regionLineage(region, active);
  return { roleName: 'AmiGovernanceReadOnly', accounts: reports };
}
