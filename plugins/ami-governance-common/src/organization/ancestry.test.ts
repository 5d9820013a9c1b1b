import { ORG, snapshotFixture } from '../__fixtures__/snapshots';
import { accountAncestry } from './ancestry';

describe('accountAncestry', () => {
  it('lists each account, its OUs and its root, nearest first', () => {
    const chains = accountAncestry(snapshotFixture());
    expect(chains.get(ORG.paymentsProd)).toEqual([
      ORG.paymentsProd,
      'ou-test1-prod',
      'ou-test1-workloads',
      ORG.root,
    ]);
    expect(chains.get(ORG.management)).toEqual([ORG.management, ORG.root]);
    expect(chains.size).toBe(6);
  });

  it('ends the chain at a parent the snapshot does not describe', () => {
    const snapshot = snapshotFixture();
    snapshot.organizationalUnits = snapshot.organizationalUnits.filter(
      ou => ou.id !== 'ou-test1-workloads',
    );
    expect(accountAncestry(snapshot).get(ORG.paymentsProd)).toEqual([
      ORG.paymentsProd,
      'ou-test1-prod',
      'ou-test1-workloads',
    ]);
  });

  it('stops at a cycle instead of looping', () => {
    const snapshot = snapshotFixture();
    snapshot.organizationalUnits.push(
      { id: 'ou-a', name: 'A', parentId: 'ou-b' },
      { id: 'ou-b', name: 'B', parentId: 'ou-a' },
    );
    snapshot.accounts[0].parentId = 'ou-a';
    expect(accountAncestry(snapshot).get(ORG.management)).toEqual([
      ORG.management,
      'ou-a',
      'ou-b',
    ]);
  });
});
