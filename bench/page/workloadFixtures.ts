/**
 * The workload answers bench/page serves (GET /readiness, /usage, /public-images), shaped by the
 * OpenAPI types and sized like the bench/api snapshot: per account 40 instances and 4 launch
 * template versions in 4 regions; 8% of the workloads blocked, 1% unresolved, 1% self-owned; 1% of
 * the accounts not visible; 2% of the account-regions not enforcing; every 17th account with a
 * public AMI. Lists come as the backend pages them: the first items and the total.
 */
import type { ApiResponse } from '@ami-governance/backstage-plugin-ami-governance-common';

type Readiness = Extract<ApiResponse<'GetReadiness'>, { available: true }>;
type Usage = Extract<ApiResponse<'GetUsage'>, { available: true }>;
type PublicImages = ApiResponse<'GetPublicImages'>;

export type WorkloadSizes = { accounts: number; exceptions: number };

const id = (n: number) => String(n).padStart(12, '0');
const REGIONS = ['us-east-1', 'eu-west-1', 'us-west-2', 'ap-southeast-2'];
const OPS = '123456738923';
const OUTSIDE = Array.from({ length: 20 }, (_, i) => String(900000000000 + i));
/** The limit the backend pages lists with when the page asks for none. */
const PAGE = 50;
const LIST = 20;

const totals = (s: WorkloadSizes) => ({
  instances: s.accounts * 40,
  launchTemplates: s.accounts * 4,
});
const share = (n: number, percent: number) => Math.round((n * percent) / 100);

function generation(s: WorkloadSizes, now: Date) {
  const completedAt = new Date(now.getTime() - 1_800_000).toISOString();
  return {
    collectedAt: completedAt,
    generation: {
      id: 42,
      source: 'bench',
      completedAt,
      accounts: s.accounts,
      partial: false,
    },
  };
}

export function readinessAnswer(s: WorkloadSizes, now: Date): Readiness {
  const all = totals(s);
  const blocked = {
    instances: share(all.instances, 8),
    launchTemplates: share(all.launchTemplates, 8),
  };
  // Blocked AMIs come from the outside publishers, `amazon` and expired exceptions.
  const expired = Array.from(
    { length: Math.min(30, Math.floor(s.exceptions * 0.6)) },
    (_, i) => id(500_000 + s.exceptions - 1 - i),
  );
  const publishers = [
    ...OUTSIDE.slice(0, Math.max(2, s.accounts / 250)),
    ...expired,
  ];
  const byPublisher = publishers.map((publisher, i) => ({
    publisher,
    instances: Math.max(
      1,
      Math.floor(blocked.instances / publishers.length) - i,
    ),
    launchTemplates: Math.floor(blocked.launchTemplates / publishers.length),
    accounts: Math.max(1, Math.floor((s.accounts * 0.8) / (1 + i))),
  }));
  byPublisher.push({
    publisher: 'amazon',
    instances: share(blocked.instances, 30),
    launchTemplates: share(blocked.launchTemplates, 30),
    accounts: share(s.accounts, 60) || 1,
  } as (typeof byPublisher)[number]);
  const blockedAccounts = Math.max(1, share(s.accounts, 82));
  const workload = (n: number) => {
    const account = id(1 + ((n * 7) % s.accounts));
    const region = REGIONS[n % REGIONS.length];
    const publisher = publishers[n % publishers.length];
    return n % 10 === 9
      ? {
          kind: 'launch-template' as const,
          id: `lt-${n.toString(16).padStart(17, '0')}:3`,
          accountId: account,
          region,
          imageId: `ami-${(n * 31).toString(16).padStart(17, '0')}`,
          publisher,
          imageName: `base-image-${n % 40}`,
          imageAllowed: false,
          launchTemplateId: `lt-${n.toString(16).padStart(17, '0')}`,
          launchTemplateName: `service-${n}-template`,
          version: 3,
          pointers: ['default' as const, 'latest' as const],
        }
      : {
          kind: 'instance' as const,
          id: `i-${n.toString(16).padStart(17, '0')}`,
          accountId: account,
          region,
          imageId: `ami-${(n * 31).toString(16).padStart(17, '0')}`,
          publisher,
          imageName: `base-image-${n % 40}`,
          state: 'running',
          launchTime: new Date(now.getTime() - n * 3_600_000).toISOString(),
          imageAllowed: false,
        };
  };
  const notEnforcing = Math.max(1, share(s.accounts * REGIONS.length, 2));
  const notVisibleAccounts = Math.max(1, share(s.accounts, 1));
  const notVisibleRegions = Math.max(
    1,
    share(s.accounts * REGIONS.length, 0.6),
  );
  // Which accounts the counts cover, every ID listed as the backend lists them.
  const refused = new Set(
    Array.from({ length: notVisibleAccounts }, (_, i) => id(1 + i * 100)),
  );
  const accountIds = Array.from({ length: s.accounts }, (_, i) => id(1 + i));
  return {
    available: true,
    today: now.toISOString().slice(0, 10),
    collectionError: null,
    ...generation(s, now),
    enforcementMode: 'audit_mode',
    coverage: {
      organizationAccounts: s.accounts,
      collected: s.accounts - refused.size,
      notVisible: refused.size,
      notCollected: 0,
      collectedAccountIds: accountIds.filter(a => !refused.has(a)),
      notVisibleAccountIds: [...refused].sort(),
      notCollectedAccountIds: [],
      partial: false,
    },
    blocked,
    accounts: blockedAccounts,
    byPublisher,
    byAccount: {
      total: blockedAccounts,
      items: Array.from(
        { length: Math.min(PAGE, blockedAccounts) },
        (_, i) => ({
          accountId: id(1 + i),
          instances: 4 - (i % 3),
          launchTemplates: i % 2,
          publishers: [publishers[i % publishers.length], 'amazon'],
        }),
      ),
    },
    unresolved: {
      instances: share(all.instances, 1),
      launchTemplates: share(all.launchTemplates, 1),
      note: 'No account could describe these AMIs: they were deregistered or are not shared.',
    },
    selfOwned: {
      instances: share(all.instances, 1),
      launchTemplates: share(all.launchTemplates, 1),
      note: 'AMIs the account owns itself are allowed whatever the list says.',
    },
    workloads: {
      total: blocked.instances + blocked.launchTemplates,
      offset: 0,
      limit: PAGE,
      items: Array.from({ length: PAGE }, (_, n) => workload(n)),
    },
    regionsNotEnforcing: {
      total: notEnforcing,
      read: s.accounts * REGIONS.length,
      byProblem: {
        notManagedByPolicy: Math.ceil(notEnforcing * 0.7),
        otherState: Math.floor(notEnforcing * 0.2),
        otherCriteria: Math.floor(notEnforcing * 0.1),
      },
      items: Array.from({ length: Math.min(LIST, notEnforcing) }, (_, i) => ({
        accountId: id(1 + i * 13),
        region: REGIONS[i % REGIONS.length],
        state: i % 5 === 0 ? 'disabled' : 'audit-mode',
        managedBy: i % 5 === 0 ? 'account' : 'declarative_policy',
        problems:
          i % 5 === 0
            ? ['not-managed-by-policy' as const, 'other-state' as const]
            : ['other-criteria' as const],
      })),
    },
    notVisible: {
      accounts: {
        total: notVisibleAccounts,
        items: Array.from(
          { length: Math.min(LIST, notVisibleAccounts) },
          (_, i) => ({
            accountId: id(1 + i * 100),
            code: 'AccessDenied',
            message: `User: arn:aws:sts::${OPS}:assumed-role/ami-governance/collector is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::${id(
              1 + i * 100,
            )}:role/ami-governance-reader`,
          }),
        ),
      },
      regions: {
        total: notVisibleRegions,
        items: Array.from(
          { length: Math.min(LIST, notVisibleRegions) },
          (_, i) => ({
            accountId: id(2 + i * 41),
            region: REGIONS[(i + 1) % REGIONS.length],
            code: 'UnauthorizedOperation',
            message:
              'You are not authorized to perform this operation. User is not authorized to perform: ec2:DescribeInstances',
          }),
        ),
      },
    },
  };
}

/** /usage for the providers asked: the ops publisher runs 80% of everything, the others a share. */
export function usageAnswer(
  s: WorkloadSizes,
  now: Date,
  providers: string[],
): Usage {
  const all = totals(s);
  const today = now.toISOString().slice(0, 10);
  return {
    available: true,
    today,
    collectionError: null,
    ...generation(s, now),
    items: providers.map(provider => {
      if (provider === OPS)
        return {
          provider,
          instances: share(all.instances, 80),
          launchTemplates: share(all.launchTemplates, 80),
          accounts: s.accounts,
        };
      const n = Number(provider.replace(/\D/g, '').slice(-4)) || 7;
      const instances = Math.max(
        1,
        Math.floor(all.instances / 2000) * (1 + (n % 7)),
      );
      const exception = provider.startsWith('000000500');
      return {
        provider,
        instances,
        launchTemplates: Math.floor(instances / 10),
        accounts: Math.min(s.accounts, 1 + (n % 40)),
        ...(exception && n % 3 === 0
          ? {
              atExpiry: {
                on: today,
                instances: Math.ceil(instances / 2),
                launchTemplates: Math.floor(instances / 20),
                accounts: Math.min(s.accounts, 1 + (n % 20)),
              },
            }
          : {}),
      };
    }),
  };
}

/** /public-images, the first page of 50. */
export function publicImagesAnswer(s: WorkloadSizes, now: Date): PublicImages {
  const total = Math.max(1, Math.floor(s.accounts / 17));
  return {
    available: true,
    collectedAt: generation(s, now).collectedAt,
    collectionError: null,
    total,
    offset: 0,
    limit: PAGE,
    items: Array.from({ length: Math.min(PAGE, total) }, (_, i) => ({
      accountId: id(1 + i * 17),
      region: REGIONS[i % REGIONS.length],
      imageId: `ami-${(0xabc000 + i).toString(16).padStart(17, '0')}`,
      name: `team-${i % 40}-build-${i}`,
      creationDate: new Date(now.getTime() - i * 86_400_000).toISOString(),
    })),
  };
}
