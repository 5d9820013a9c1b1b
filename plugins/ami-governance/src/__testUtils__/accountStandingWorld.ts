import type { AmiGovernanceApi } from '../api/AmiGovernanceApi';
import type {
  AccountStandingResponse,
  ImpactResponse,
  WorkloadItem,
} from '../api/workloadTypes';
import { slicePage } from './paging';
import { blockedWorkloads, NOT_COLLECTED, publicImages } from './workloadWorld';

/** The account the standing fixtures describe: an exception in the governance fixtures. */
export const STANDING_ACCOUNT = '222233334444';

const GENERATION = {
  id: 7,
  source: 'aws',
  completedAt: null,
  accounts: 12,
  partial: false,
};
const ROOT = { id: 'r-abcd', name: 'Root', type: 'ROOT' as const };
const OU = {
  id: 'ou-abcd-workloads',
  name: 'Workloads',
  type: 'ORGANIZATIONAL_UNIT' as const,
};

/** `count` blocked workloads of the account (every third a launch template). */
export function accountWorkloads(count: number): WorkloadItem[] {
  return blockedWorkloads(count).map(w => ({
    ...w,
    accountId: STANDING_ACCOUNT,
  }));
}

const counts = (items: WorkloadItem[]) => ({
  instances: items.filter(w => w.kind === 'instance').length,
  launchTemplates: items.filter(w => w.kind === 'launch-template').length,
});

function byPublisher(items: WorkloadItem[]) {
  const publishers = [...new Set(items.map(w => w.publisher))];
  return publishers.map(publisher => {
    const own = items.filter(w => w.publisher === publisher);
    const alias = own[0].ownerAlias;
    return {
      publisher,
      ...(alias && { ownerAlias: alias }),
      ...counts(own),
      accounts: 1,
    };
  });
}

/** The account's exception is in force on both sides until 2026-12-01, as GET /accounts/{id} says it. */
const AWS_AND_GIT: NonNullable<AccountStandingResponse['awsAndGit']> = {
  headline: 'AMIs from this account: Allowed until 2026-12-01',
  until: '2026-12-01',
  changes: [],
  aws: {
    mode: 'audit_mode',
    reach: { declarativePolicy: true, scp: true },
    collectedAt: '2026-11-23T05:00:00Z',
    regionsCollectedAt: '2026-11-23T06:00:00Z',
    regions: { measured: 2, notEnforcing: ['ap-southeast-2'], unmeasured: 0 },
    sentence: `AWS enforces today for account ${STANDING_ACCOUNT} (deployed policies collected 2026-11-23T05:00:00Z, the regional settings collected 2026-11-23T06:00:00Z): the declarative policy reaches it and sets Allowed AMIs to audit_mode; the AMI guardrail SCP governs it; 1 of its 2 regions read does not enforce what its effective policy sets yet (ap-southeast-2).`,
  },
  git: {
    mode: 'audit_mode',
    reach: { declarativePolicy: true, scp: true },
    sentence:
      'Git (what the next apply deploys): the declarative policy reaches it and sets Allowed AMIs to audit_mode; the AMI guardrail SCP governs it; the next apply changes nothing for launches here.',
  },
  publisher: {
    verdict: 'allowed',
    headline: 'Allowed until 2026-12-01',
    sentence: `Yes until 2026-12-01: the accounts the policies govern may launch AMIs from ${STANDING_ACCOUNT}; AWS and Git agree, and it holds until 2026-12-01, when the exception expires.`,
    action: 'move-before-expiry',
    whatToDo:
      'Move to a golden AMI before 2026-12-01, or extend the exception.',
    until: '2026-12-01',
    exception: {
      account_id: STANDING_ACCOUNT,
      expires_on: '2026-12-01',
      state: 'active',
    },
    aws: { verdict: 'allowed', sentence: 'AWS enforces today …' },
    git: {
      verdict: 'allowed',
      sentence: 'Git (what the next apply deploys): …',
    },
  },
};

export type StandingFixture = {
  workloads?: WorkloadItem[];
  overrides?: Partial<AccountStandingResponse>;
};

/** The account as GET /accounts/{id} answers it: governed by both policies, collected and visible. */
export function standingAnswer(
  fixture: StandingFixture = {},
  page: { offset?: number; limit?: number } = {},
): AccountStandingResponse {
  const all = fixture.workloads ?? accountWorkloads(25);
  const images = publicImages(7).map(i => ({
    ...i,
    accountId: STANDING_ACCOUNT,
  }));
  return {
    available: true,
    accountId: STANDING_ACCOUNT,
    inOrganization: true,
    name: 'orders-prod',
    status: 'ACTIVE',
    managementAccount: false,
    path: [ROOT, OU],
    policies: {
      declarativePolicy: {
        id: 'p-dp',
        name: 'ami-allowlist',
        governs: true,
        via: [ROOT],
      },
      scp: { id: 'p-scp', name: 'ami-guard', governs: true, via: [OU] },
    },
    awsAndGit: AWS_AND_GIT,
    today: '2026-11-23',
    collectionError: null,
    collectedAt: '2026-11-23T06:00:00Z',
    generation: GENERATION,
    collected: true,
    visibility: { visible: true, refusedRegions: ['me-south-1'] },
    regions: [
      {
        region: 'us-east-1',
        allowedImages: {
          state: 'audit-mode',
          managedBy: 'declarative-policy',
          criteria: [],
        },
        measuredAgainst: 'effective-policy',
        problems: [],
        imageBlockPublicAccess: {
          state: 'block-new-sharing',
          managedBy: 'declarative-policy',
        },
      },
      {
        region: 'ap-southeast-2',
        allowedImages: {
          state: 'disabled',
          managedBy: 'account',
          criteria: [],
        },
        measuredAgainst: 'effective-policy',
        problems: ['not-managed-by-policy', 'other-state'],
        imageBlockPublicAccess: { state: 'unblocked', managedBy: 'account' },
      },
      {
        region: 'me-south-1',
        error: {
          code: 'UnauthorizedOperation',
          message: 'The region is disabled for this account',
        },
      },
    ],
    blocked: counts(all),
    accounts: all.length ? 1 : 0,
    byPublisher: byPublisher(all),
    unresolved: { instances: 0, launchTemplates: 0, note: 'unresolved' },
    selfOwned: { instances: 0, launchTemplates: 0, note: 'self-owned' },
    workloads: slicePage(all, page, 20),
    publicImages: { total: images.length, items: images.slice(0, 5) },
    ...fixture.overrides,
  };
}

/** The account before any workload collection: only its organization part. */
export function standingNotCollectedYet(): AccountStandingResponse {
  const { accountId, inOrganization, name, path, policies } = standingAnswer();
  return {
    available: false,
    reason: NOT_COLLECTED.reason,
    accountId,
    inOrganization,
    name,
    path,
    policies,
  };
}

/** GET /impact for the account: its exception lapses on 2026-12-01, taking these workloads. */
export function impactAnswer(
  workloads: WorkloadItem[] = accountWorkloads(2),
): ImpactResponse {
  return {
    available: true,
    collectedAt: '2026-11-23T06:00:00Z',
    generation: GENERATION,
    on: '2026-12-02',
    nextExpiry: '2026-12-01',
    lapsing: [{ provider: STANDING_ACCOUNT, expiresOn: '2026-12-01' }],
    blocked: counts(workloads),
    accounts: workloads.length ? 1 : 0,
    byPublisher: [],
    byAccount: { total: 0, items: [] },
    unresolved: { instances: 0, launchTemplates: 0, note: 'unresolved' },
    selfOwned: { instances: 0, launchTemplates: 0, note: 'self-owned' },
    workloads: slicePage(workloads, {}, 50),
  };
}

/** The account routes of a backend that collected the account: pages sliced as the backend does. */
export function standingApi(
  fixture: StandingFixture = {},
  impact: ImpactResponse = impactAnswer(),
): Pick<AmiGovernanceApi, 'getAccountStanding' | 'getImpact'> {
  return {
    getAccountStanding: async (accountId, page = {}) =>
      accountId === STANDING_ACCOUNT
        ? standingAnswer(fixture, page)
        : undefined,
    getImpact: async () => impact,
  };
}
