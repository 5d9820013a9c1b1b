import { ORG, snapshotFixture } from '../__fixtures__/snapshots';
import { accountStanding, organizationIndex } from './accountStanding';

describe('accountStanding', () => {
  const snapshot = snapshotFixture();
  const index = organizationIndex(snapshot);

  it('gives the OU path from the root and the policies that reach the account', () => {
    const standing = accountStanding(snapshot, index, ORG.paymentsProd);
    expect(standing).toMatchObject({
      name: 'payments-prod',
      status: 'ACTIVE',
      managementAccount: false,
      path: [
        { id: ORG.root, name: 'Root', type: 'ROOT' },
        { id: 'ou-test1-workloads', name: 'Workloads' },
        { id: 'ou-test1-prod', name: 'Production' },
      ],
      policies: {
        declarativePolicy: {
          id: 'p-test1decl',
          governs: true,
          via: [{ id: 'ou-test1-workloads', type: 'ORGANIZATIONAL_UNIT' }],
        },
        scp: { governs: true, via: [{ id: ORG.root, type: 'ROOT' }] },
      },
    });
  });

  it('says the SCP never governs the management account, and when nothing reaches an account', () => {
    const management = accountStanding(snapshot, index, ORG.management)!;
    expect(management.policies.scp).toMatchObject({
      governs: false,
      via: [{ id: ORG.root }],
      note: expect.stringContaining('management account'),
    });
    expect(management.policies.declarativePolicy?.governs).toBe(true);
    const sandbox = accountStanding(snapshot, index, ORG.sandbox)!;
    expect(sandbox.policies.declarativePolicy).toMatchObject({
      governs: false,
      via: [],
    });
    expect(accountStanding(snapshot, index, '999999999999')).toBeUndefined();
  });

  it('names a parent the snapshot does not describe by its ID', () => {
    const partial = {
      ...snapshot,
      accounts: [
        { id: '111111111111', name: 'orphan', parentId: 'ou-test1-gone' },
      ],
    };
    const standing = accountStanding(
      partial,
      organizationIndex(partial),
      '111111111111',
    );
    expect(standing?.path).toEqual([
      {
        id: 'ou-test1-gone',
        name: 'ou-test1-gone',
        type: 'ORGANIZATIONAL_UNIT',
      },
    ]);
    expect(standing?.policies.declarativePolicy?.governs).toBe(false);
  });
});
