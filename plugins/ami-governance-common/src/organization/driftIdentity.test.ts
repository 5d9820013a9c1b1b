import {
  expectedFixture,
  inSyncSnapshotFixture,
  snapshotFixture,
} from '../__fixtures__/snapshots';
import { driftIdentity, policyOutOfSync } from './driftIdentity';
import { computeOrganizationStatus } from './organizationStatus';
import type { OrganizationSnapshot } from './snapshotSchema';

const statusOf = (
  snapshot: OrganizationSnapshot,
  now = new Date('2026-11-23T07:00:00Z'),
) =>
  computeOrganizationStatus(snapshot, expectedFixture(), {
    now,
    staleAfterMs: 48 * 3_600_000,
  });

const key = (snapshot: OrganizationSnapshot, now?: Date) =>
  JSON.stringify(driftIdentity(statusOf(snapshot, now)));

describe('driftIdentity', () => {
  it('is the same for the same drift, whenever it was collected', () => {
    const later = { ...snapshotFixture(), collectedAt: '2026-11-24T06:00:00Z' };
    expect(key(later, new Date('2027-01-01'))).toBe(key(snapshotFixture()));
  });

  it('differs when what differs from Git changes', () => {
    expect(key(inSyncSnapshotFixture())).not.toBe(key(snapshotFixture()));
  });
});

describe('policyOutOfSync', () => {
  it('fails a policy not deployed, or whose content is not known to match Git', () => {
    expect(policyOutOfSync({ deployed: false })).toBe(true);
    expect(policyOutOfSync({ deployed: true })).toBe(true);
    expect(policyOutOfSync({ deployed: true, drift: { inSync: false } })).toBe(
      true,
    );
    expect(policyOutOfSync({ deployed: true, drift: { inSync: true } })).toBe(
      false,
    );
  });
});
