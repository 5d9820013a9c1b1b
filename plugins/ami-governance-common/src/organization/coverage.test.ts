import { ORG, snapshotFixture } from '../__fixtures__/snapshots';
import { computeCoverage } from './coverage';

describe('computeCoverage', () => {
  it('governs every account under the root with the SCP, except the management account', () => {
    const snapshot = snapshotFixture();
    const coverage = computeCoverage(snapshot, snapshot.policies.scp, 'scp');
    expect(coverage).toEqual({
      totalAccounts: 6,
      governedCount: 5,
      ungoverned: [],
      managementAccount: {
        id: ORG.management,
        name: 'management',
        governed: false,
        note: expect.stringContaining('SCPs never restrict'),
      },
    });
  });

  it('governs through an OU, an ancestor OU or the account itself, and names the rest', () => {
    const snapshot = snapshotFixture();
    const coverage = computeCoverage(
      snapshot,
      snapshot.policies.declarativePolicy,
      'declarativePolicy',
    );
    expect(coverage.governedCount).toBe(5);
    expect(coverage.ungoverned).toEqual([{ id: ORG.sandbox, name: 'sandbox' }]);
    expect(coverage.managementAccount).toEqual({
      id: ORG.management,
      name: 'management',
      governed: true,
      note: expect.stringContaining('like any other account'),
    });
  });

  it('treats the management account like others for the declarative policy', () => {
    const snapshot = snapshotFixture();
    const policy = snapshot.policies.declarativePolicy!;
    policy.targets = policy.targets.filter(t => t.type !== 'ACCOUNT');
    const coverage = computeCoverage(snapshot, policy, 'declarativePolicy');
    expect(coverage.managementAccount.governed).toBe(false);
    expect(coverage.ungoverned.map(a => a.id)).toEqual([
      ORG.management,
      ORG.sandbox,
    ]);
  });

  it('governs nothing when the policy is not deployed', () => {
    const coverage = computeCoverage(snapshotFixture(), null, 'scp');
    expect(coverage.governedCount).toBe(0);
    expect(coverage.ungoverned).toHaveLength(5);
  });

  it('governs accounts under an SCP attached to their OU only', () => {
    const snapshot = snapshotFixture();
    const scp = snapshot.policies.scp!;
    scp.targets = [
      {
        targetId: 'ou-test1-workloads',
        name: 'Workloads',
        type: 'ORGANIZATIONAL_UNIT',
      },
    ];
    const coverage = computeCoverage(snapshot, scp, 'scp');
    expect(coverage.governedCount).toBe(3);
    expect(coverage.ungoverned.map(a => a.name)).toEqual([
      'ami-factory',
      'sandbox',
    ]);
  });
});
