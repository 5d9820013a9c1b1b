import { rawConfig, TODAY } from '../__fixtures__/configs';
import {
  COLLECTED_AT,
  deployedContents,
  expectedFixture,
  inSyncSnapshotFixture,
  ORG,
  snapshotFixture,
} from '../__fixtures__/snapshots';
import { parseGovernanceConfig } from '../config/parseConfig';
import { generatePolicies } from '../policies/generatePolicies';
import { expectedPoliciesOf } from './expectedPolicies';
import {
  computeOrganizationStatus,
  isSnapshotStale,
} from './organizationStatus';
import type { OrganizationSnapshot } from './snapshotSchema';

const HOUR = 3_600_000;
const collected = Date.parse(COLLECTED_AT);
const options = { now: new Date(collected + HOUR), staleAfterMs: 48 * HOUR };

const statusOf = (snapshot: OrganizationSnapshot) =>
  computeOrganizationStatus(snapshot, expectedFixture(), options);

describe('computeOrganizationStatus', () => {
  it('is in sync when both policies match Git and reach every account', () => {
    const status = statusOf(inSyncSnapshotFixture());
    expect(status).toMatchObject({
      collectedAt: COLLECTED_AT,
      stale: false,
      managementAccountId: ORG.management,
      totalAccounts: 6,
      verdict: 'in_sync',
      collectionErrors: [],
    });
    expect(status.policies.scp).toMatchObject({
      kind: 'scp',
      deployed: true,
      policyId: 'p-test1scp1',
      policyName: 'ami-guardrail',
      attachments: [{ targetId: ORG.root, name: 'Root', type: 'ROOT' }],
      coverage: { governedCount: 5, managementAccount: { governed: false } },
      drift: { inSync: true },
    });
    expect(status.policies.scp.compliance).toBeUndefined();
    expect(status.policies.declarativePolicy.compliance?.matching).toHaveLength(
      6,
    );
  });

  it('is drifted with an ungoverned account and an account whose effective policy differs', () => {
    const status = statusOf(snapshotFixture());
    expect(status.verdict).toBe('drifted');
    const declarative = status.policies.declarativePolicy;
    expect(declarative.drift?.inSync).toBe(true);
    expect(declarative.coverage.ungoverned.map(a => a.name)).toEqual([
      'sandbox',
    ]);
    expect(declarative.compliance?.differing.map(a => a.name)).toEqual([
      'payments-prod',
    ]);
  });

  it('is drifted when the deployed SCP content differs from Git', () => {
    const snapshot = inSyncSnapshotFixture();
    const expected = expectedFixture();
    snapshot.policies.scp!.content = deployedContents({
      ...expected,
      allowlist: expected.allowlist.slice(1),
    }).scp;
    const status = statusOf(snapshot);
    expect(status.policies.scp.drift?.missing).toEqual(['111122223333']);
    expect(status.verdict).toBe('drifted');
  });

  it('is drifted when a policy is not deployed and nothing failed', () => {
    const snapshot = inSyncSnapshotFixture();
    snapshot.policies.scp = null;
    const status = statusOf(snapshot);
    expect(status.policies.scp).toMatchObject({
      deployed: false,
      attachments: [],
      coverage: { governedCount: 0 },
    });
    expect(status.policies.scp.drift).toBeUndefined();
    expect(status.verdict).toBe('drifted');
  });

  it('is unknown when a policy could not be read or collected', () => {
    const unreadable = inSyncSnapshotFixture();
    unreadable.policies.declarativePolicy!.content = 'not json';
    expect(statusOf(unreadable).verdict).toBe('unknown');

    const uncollected = inSyncSnapshotFixture();
    uncollected.policies.scp = null;
    uncollected.errors = [
      {
        scope: 'policies.scp',
        code: 'AccessDeniedException',
        message: 'denied',
      },
    ];
    const status = statusOf(uncollected);
    expect(status.verdict).toBe('unknown');
    expect(status.collectionErrors).toEqual(uncollected.errors);
  });

  it('is unknown when no policy was read and the collection failed', () => {
    const snapshot = inSyncSnapshotFixture();
    snapshot.policies = { declarativePolicy: null, scp: null };
    snapshot.errors = [{ scope: 'organization', message: 'timed out' }];
    expect(statusOf(snapshot).verdict).toBe('unknown');
  });

  it('keeps its verdict when only other parts of the collection failed', () => {
    const snapshot = inSyncSnapshotFixture();
    snapshot.errors = [
      {
        scope: `account:${ORG.sandbox}`,
        code: 'TooManyRequestsException',
        message: 'Rate exceeded',
      },
    ];
    const status = statusOf(snapshot);
    expect(status.verdict).toBe('in_sync');
    expect(status.collectionErrors).toHaveLength(1);
  });

  it('is stale only once older than staleAfterMs', () => {
    const at = (ms: number) =>
      computeOrganizationStatus(snapshotFixture(), expectedFixture(), {
        now: new Date(collected + ms),
        staleAfterMs: 48 * HOUR,
      }).stale;
    expect(at(48 * HOUR)).toBe(false);
    expect(at(48 * HOUR + 1)).toBe(true);
  });
});

describe('isSnapshotStale', () => {
  it('counts a timestamp it cannot read as stale', () => {
    expect(isSnapshotStale('yesterday', new Date(collected), HOUR)).toBe(true);
    expect(isSnapshotStale(COLLECTED_AT, new Date(collected), HOUR)).toBe(
      false,
    );
  });
});

describe('expectedPoliciesOf', () => {
  it('gives the allowlist and settings generate writes', () => {
    const parsed = parseGovernanceConfig(rawConfig());
    if (!parsed.ok) throw new Error('fixture invalid');
    const generated = generatePolicies(parsed.config, { today: TODAY });
    expect(expectedPoliciesOf(parsed.config, TODAY)).toEqual({
      allowlist: generated.allowlist,
      settings: {
        mode: 'audit_mode',
        blockPublicSharing: true,
        exceptionMessage: undefined,
        denyAmiCreation: true,
        amiBuildAccounts: ['123456738923'],
      },
    });
  });
});
