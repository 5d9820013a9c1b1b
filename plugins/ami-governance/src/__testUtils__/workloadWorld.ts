import type { AmiGovernanceApi } from '../api/AmiGovernanceApi';
import type {
  CollectedReadiness,
  NotVisibleEntry,
  PublicImageItem,
  PublicImagesQuery,
  PublicImagesResponse,
  ReadinessResponse,
  RegionNotEnforcing,
  WorkloadCoverage,
  WorkloadItem,
  WorkloadQuery,
  WorkloadsUnavailable,
} from '../api/workloadTypes';
import { slicePage } from './paging';

/** What every workload route answers before the first collection (the backend's wording). */
export const NOT_COLLECTED: WorkloadsUnavailable = {
  available: false,
  reason:
    'No workloads collected yet: set amiGovernance.organization.aws.workloads.roleName, or store a snapshot with a workloads section (ami-governance snapshot --workloads).',
  collectionError: null,
};

/** The workload routes of a backend that has collected nothing yet. */
export function notCollectedApi(): Pick<
  AmiGovernanceApi,
  | 'getReadiness'
  | 'getImpact'
  | 'getUsage'
  | 'getAccountStanding'
  | 'getPublicImages'
> {
  return {
    getReadiness: async () => NOT_COLLECTED,
    getImpact: async () => NOT_COLLECTED,
    getUsage: async () => NOT_COLLECTED,
    getAccountStanding: async () => undefined,
    getPublicImages: async () => ({
      ...NOT_COLLECTED,
      total: 0,
      offset: 0,
      limit: 50,
      items: [],
    }),
  };
}

/** Publishers of blocked workloads: Amazon's own (with its alias), a vendor and a retired team. */
export const BLOCKED_PUBLISHERS = [
  { publisher: '137112412989', ownerAlias: 'amazon' },
  { publisher: '679593333241', ownerAlias: 'aws-marketplace' },
  { publisher: '555566667777' },
];
const ACCOUNTS = ['210987654321', '310987654321', '410987654321'];

/** `count` blocked workloads over three publishers and accounts; every third a launch template. */
export function blockedWorkloads(count: number): WorkloadItem[] {
  return Array.from({ length: count }, (_, i) => {
    const pub = BLOCKED_PUBLISHERS[i % 3 === 2 ? 2 : i % 2];
    const base = {
      accountId: ACCOUNTS[i % ACCOUNTS.length],
      region: i % 2 ? 'eu-west-1' : 'us-east-1',
      imageId: `ami-${String(i).padStart(17, '0')}`,
      imageName: `image-${i}`,
      ...pub,
    };
    if (i % 3 === 2) {
      return {
        ...base,
        kind: 'launch-template' as const,
        id: `lt-${String(i).padStart(17, '0')}:3`,
        launchTemplateId: `lt-${String(i).padStart(17, '0')}`,
        launchTemplateName: `web-${i}`,
        version: 3,
      };
    }
    return { ...base, kind: 'instance' as const, id: `i-${i}` };
  });
}

type PolicyReach = NonNullable<CollectedReadiness['declarativePolicyReach']>;
type OutsideReach = PolicyReach['notReached']['items'][number];

/**
 * Which accounts the declarative policy reaches, as the backend answers it: `reached` accounts, the
 * others listed with what enabled would block there; the blocked totals are summed from them.
 */
export function declarativePolicyReach(
  reached: number,
  outside: OutsideReach[],
): PolicyReach {
  const blocked = outside.filter(
    a => a.blocked.instances + a.blocked.launchTemplates > 0,
  );
  return {
    known: true,
    reached,
    notReached: { total: outside.length, items: outside },
    blockedOutsideReach: {
      instances: blocked.reduce((sum, a) => sum + a.blocked.instances, 0),
      launchTemplates: blocked.reduce(
        (sum, a) => sum + a.blocked.launchTemplates,
        0,
      ),
      accounts: blocked.length,
    },
    note: 'The declarative policy is attached neither to these accounts nor to their OUs or root: switching it to enabled changes nothing there.',
  };
}

/** The example organization's sandbox: outside the declarative policy's reach, under the SCP. */
export const SANDBOX_OUTSIDE_REACH = {
  accountId: '045678901234',
  name: 'sandbox-experiments',
  scpGoverns: true,
} as const;

export type ReadinessFixture = {
  enforcementMode?: 'audit_mode' | 'enabled';
  workloads?: WorkloadItem[];
  collectionError?: string | null;
  regionsNotEnforcing?: RegionNotEnforcing[];
  notVisibleAccounts?: NotVisibleEntry[];
  notVisibleRegions?: NotVisibleEntry[];
  /** Accounts of the organization neither collected nor refused (none unless given). */
  notCollectedAccounts?: string[];
  /** A partial collection. */
  partial?: boolean;
  /** No organization snapshot: the organization's accounts are unknown. */
  noOrganization?: boolean;
  /** Account-regions read with nothing to be measured against (0 unless given). */
  unmeasured?: number;
  /** Which accounts the declarative policy reaches (absent unless given, as from an older backend). */
  declarativePolicyReach?: CollectedReadiness['declarativePolicyReach'];
};

export const REGIONS_NOT_ENFORCING: RegionNotEnforcing[] = [
  {
    accountId: '210987654321',
    region: 'ap-southeast-2',
    state: 'disabled',
    managedBy: 'account',
    problems: ['not-managed-by-policy', 'other-state'],
  },
  {
    accountId: '310987654321',
    region: 'eu-west-1',
    state: 'audit-mode',
    managedBy: 'declarative-policy',
    problems: ['other-criteria'],
  },
];

export const NOT_VISIBLE_ACCOUNTS: NotVisibleEntry[] = [
  {
    accountId: '910987654321',
    code: 'AccessDenied',
    message: 'User is not authorized to perform: sts:AssumeRole',
  },
];

export const NOT_VISIBLE_REGIONS: NotVisibleEntry[] = [
  {
    accountId: '410987654321',
    region: 'me-south-1',
    code: 'UnauthorizedOperation',
    message: 'The region is disabled for this account',
  },
];

/** The page asked for: the query string's offset and limit as numbers. */
const pageOf = (query: { offset?: string; limit?: string }) => ({
  offset: query.offset === undefined ? undefined : Number(query.offset),
  limit: query.limit === undefined ? undefined : Number(query.limit),
});

const sum = (items: WorkloadItem[], kind: WorkloadItem['kind']) =>
  items.filter(w => w.kind === kind).length;

/** The backend's /readiness over the fixture: counts over the filter, one page of the workloads. */
export function readinessAnswer(
  fixture: ReadinessFixture = {},
  query: WorkloadQuery = {},
): ReadinessResponse {
  const all = (fixture.workloads ?? blockedWorkloads(45)).filter(
    w =>
      (!query.publisher || query.publisher === w.publisher) &&
      (!query.account || query.account === w.accountId),
  );
  const counts = (items: WorkloadItem[]) => ({
    instances: sum(items, 'instance'),
    launchTemplates: sum(items, 'launch-template'),
  });
  const groups = (key: (w: WorkloadItem) => string) => {
    const map = new Map<string, WorkloadItem[]>();
    for (const w of all) map.set(key(w), [...(map.get(key(w)) ?? []), w]);
    return [...map.entries()];
  };
  const byPublisher = groups(w => w.publisher).map(([publisher, items]) => ({
    publisher,
    ...(items[0].ownerAlias && { ownerAlias: items[0].ownerAlias }),
    ...counts(items),
    accounts: new Set(items.map(w => w.accountId)).size,
  }));
  const byAccount = groups(w => w.accountId).map(([accountId, items]) => ({
    accountId,
    ...counts(items),
    publishers: [...new Set(items.map(w => w.publisher))],
  }));
  const regions = fixture.regionsNotEnforcing ?? REGIONS_NOT_ENFORCING;
  const notVisibleAccounts = fixture.notVisibleAccounts ?? NOT_VISIBLE_ACCOUNTS;
  const notVisibleRegions = fixture.notVisibleRegions ?? NOT_VISIBLE_REGIONS;
  const notVisibleIds = notVisibleAccounts.map(a => a.accountId).sort();
  const notCollectedIds = fixture.noOrganization
    ? []
    : [...(fixture.notCollectedAccounts ?? [])].sort();
  const coverage: WorkloadCoverage = {
    organizationAccounts: fixture.noOrganization
      ? null
      : ACCOUNTS.length + notVisibleIds.length + notCollectedIds.length,
    collected: ACCOUNTS.length,
    notVisible: notVisibleIds.length,
    notCollected: notCollectedIds.length,
    collectedAccountIds: ACCOUNTS,
    notVisibleAccountIds: notVisibleIds,
    notCollectedAccountIds: notCollectedIds,
    partial: fixture.partial ?? false,
  };
  return {
    available: true,
    today: '2026-11-23',
    enforcementMode: fixture.enforcementMode ?? 'audit_mode',
    collectionError: fixture.collectionError ?? null,
    collectedAt: '2026-11-23T06:00:00Z',
    generation: {
      id: 7,
      source: 'aws',
      completedAt: null,
      accounts: ACCOUNTS.length + notVisibleIds.length,
      partial: coverage.partial,
    },
    coverage,
    blocked: counts(all),
    accounts: byAccount.length,
    byPublisher,
    byAccount: { total: byAccount.length, items: byAccount.slice(0, 20) },
    unresolved: {
      instances: 2,
      launchTemplates: 0,
      note: 'Their AMI could not be described (deregistered or not shared), so their publisher is unknown.',
    },
    selfOwned: {
      instances: 5,
      launchTemplates: 1,
      note: 'On AMIs their own account owns: Allowed AMIs always allows them.',
    },
    workloads: slicePage(all, pageOf(query), 50),
    ...(fixture.declarativePolicyReach && {
      declarativePolicyReach: fixture.declarativePolicyReach,
    }),
    regionsNotEnforcing: {
      total: regions.length,
      read: 30,
      unmeasured: fixture.unmeasured ?? 0,
      measuredAgainst: 'effective-policy',
      byProblem: {
        notManagedByPolicy: regions.filter(r =>
          r.problems.includes('not-managed-by-policy'),
        ).length,
        otherState: regions.filter(r => r.problems.includes('other-state'))
          .length,
        otherCriteria: regions.filter(r =>
          r.problems.includes('other-criteria'),
        ).length,
      },
      items: regions,
    },
    notVisible: {
      accounts: { total: notVisibleAccounts.length, items: notVisibleAccounts },
      regions: { total: notVisibleRegions.length, items: notVisibleRegions },
    },
  };
}

/** `count` public AMIs of member accounts, created a day apart before 2026-11-23. */
export function publicImages(count: number): PublicImageItem[] {
  return Array.from({ length: count }, (_, i) => ({
    accountId: ACCOUNTS[i % ACCOUNTS.length],
    region: i % 2 ? 'eu-west-1' : 'us-east-1',
    imageId: `ami-${String(9000 + i).padStart(17, '0')}`,
    name: `shared-image-${i}`,
    creationDate: `2026-${String(11 - Math.floor(i / 28)).padStart(
      2,
      '0',
    )}-${String(22 - (i % 28)).padStart(2, '0')}T10:00:00.000Z`,
  }));
}

export const PUBLIC_IMAGES_NOTE =
  'block_new_sharing stops new public sharing only: these stay public until their owners make them private.';

/** The backend's /public-images over `images`: filtered by account and region, then paged. */
export function publicImagesAnswer(
  images: PublicImageItem[],
  query: PublicImagesQuery = {},
): PublicImagesResponse {
  const matching = images.filter(
    i =>
      (!query.account || query.account === i.accountId) &&
      (!query.region || query.region === i.region),
  );
  return {
    available: true,
    collectedAt: '2026-11-23T06:00:00Z',
    collectionError: null,
    note: PUBLIC_IMAGES_NOTE,
    ...slicePage(matching, pageOf(query), 50),
  };
}

/** The workload routes of a backend that has collected these workloads and public AMIs. */
export function collectedApi(
  fixture: ReadinessFixture = {},
  images: PublicImageItem[] = publicImages(25),
): Pick<AmiGovernanceApi, 'getReadiness' | 'getPublicImages'> {
  return {
    getReadiness: async (query = {}) => readinessAnswer(fixture, query),
    getPublicImages: async (query = {}) => publicImagesAnswer(images, query),
  };
}
