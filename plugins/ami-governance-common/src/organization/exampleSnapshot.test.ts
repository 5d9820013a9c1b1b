import { readFileSync } from 'fs';
import { resolve } from 'path';
import { parseGovernanceConfig } from '../config/parseConfig';
import { buildPolicyDocuments } from '../policies/generatePolicies';
import { expectedPoliciesOf } from './expectedPolicies';
import { computeOrganizationStatus } from './organizationStatus';
import { organizationSnapshotSchema } from './snapshotSchema';

// The example files the docs and the portal's demo use: keep them telling the same story as the code.
const repoRoot = resolve(__dirname, '../../../..');
const readJson = (path: string) =>
  JSON.parse(readFileSync(resolve(repoRoot, path), 'utf8'));

function loadExample() {
  const config = parseGovernanceConfig(
    readJson('examples/governance-repo/config/ami_publishers.json'),
  );
  if (!config.ok) throw new Error('the example config is invalid');
  const snapshot = organizationSnapshotSchema.parse(
    readJson('examples/org-snapshot.json'),
  );
  return {
    snapshot,
    expected: expectedPoliciesOf(config.config, '2026-11-23'),
  };
}

describe('examples/org-snapshot.json', () => {
  const { snapshot, expected } = loadExample();
  const status = computeOrganizationStatus(snapshot, expected, {
    now: new Date('2026-11-23T08:00:00Z'),
    staleAfterMs: 48 * 3_600_000,
  });
  const { declarativePolicy, scp } = status.policies;

  it('is a drifted organization of 8 accounts, freshly collected', () => {
    expect(status).toMatchObject({
      verdict: 'drifted',
      stale: false,
      totalAccounts: 8,
      managementAccountId: '000011112222',
      collectionErrors: [],
    });
  });

  it('misses the merged exception and still allows the expired one, in both policies', () => {
    for (const policy of [declarativePolicy, scp]) {
      expect(policy.deployed).toBe(true);
      expect(policy.drift).toMatchObject({
        missing: ['777788889999'],
        extra: ['555566667777'],
        inSync: false,
      });
    }
    expect(declarativePolicy.drift).toMatchObject({
      mode: { matches: true },
      publicSharing: { matches: true },
      unrestrictedCriteria: [],
    });
    expect(scp.drift).toMatchObject({
      creationGuard: { matches: true },
      ineffectiveStatements: [],
    });
  });

  it('deploys exactly what the generator wrote before the last merge', () => {
    const previous = expected.allowlist
      .filter(p => p !== '777788889999')
      .concat('555566667777')
      .sort();
    const built = buildPolicyDocuments(previous, expected.settings);
    if (!built.ok) throw new Error('refused');
    expect(snapshot.policies.declarativePolicy?.content).toBe(
      built.declarativePolicy.compact,
    );
    expect(snapshot.policies.scp?.content).toBe(built.scp.compact);
  });

  it('has the SCP at the root, never governing the management account', () => {
    expect(scp.attachments).toEqual([
      { targetId: 'r-ex01', name: 'Root', type: 'ROOT' },
    ]);
    expect(scp.coverage).toMatchObject({
      governedCount: 7,
      ungoverned: [],
      managementAccount: { id: '000011112222', governed: false },
    });
  });

  it('leaves one account outside the declarative policy', () => {
    expect(declarativePolicy.coverage).toMatchObject({
      governedCount: 7,
      ungoverned: [{ id: '045678901234', name: 'sandbox-experiments' }],
      managementAccount: { governed: true },
    });
    expect(declarativePolicy.compliance?.unknown).toEqual([
      expect.objectContaining({ id: '045678901234' }),
    ]);
  });

  it('has one account whose effective policy differs from the deployed policy', () => {
    const compliance = declarativePolicy.compliance!;
    // Drift reports the deployed policy against Git; compliance singles out the account whose
    // effective policy differs from what is deployed (an account-level policy adds a provider).
    expect(compliance.comparedWith).toBe('deployed');
    expect(compliance.differing).toEqual([
      {
        id: '210987654322',
        name: 'orders-prod',
        missing: [],
        extra: ['999900001111'],
        mode: 'audit_mode',
        expectedMode: 'audit_mode',
      },
    ]);
    expect(compliance.matching).toHaveLength(6);
  });
});
