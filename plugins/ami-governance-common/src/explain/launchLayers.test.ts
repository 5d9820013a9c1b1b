import {
  ORG,
  STRAY_PROVIDER,
  snapshotFixture,
} from '../__fixtures__/snapshots';
import { allowedImagesLayerOf, scpLayerOf } from './launchLayers';

describe('scpLayerOf', () => {
  it('an SCP attached at the root governs every member account, with its owner list', () => {
    const layer = scpLayerOf(snapshotFixture(), ORG.paymentsDev);
    expect(layer.governs).toBe(true);
    expect(layer.launchGuardProviders).toEqual(
      expect.arrayContaining(['123456738923', '111122223333']),
    );
  });

  it('never governs the management account', () => {
    expect(scpLayerOf(snapshotFixture(), ORG.management).governs).toBe(false);
  });

  it('does not govern an account outside its targets, nor when no SCP is deployed', () => {
    const snapshot = snapshotFixture();
    snapshot.policies.scp!.targets = [
      {
        targetId: 'ou-test1-workloads',
        name: 'Workloads',
        type: 'ORGANIZATIONAL_UNIT',
      },
    ];
    expect(scpLayerOf(snapshot, ORG.paymentsProd).governs).toBe(true);
    expect(scpLayerOf(snapshot, ORG.sandbox).governs).toBe(false);
    snapshot.policies.scp = null;
    expect(scpLayerOf(snapshot, ORG.paymentsProd)).toEqual({ governs: false });
  });
});

describe('allowedImagesLayerOf', () => {
  it('prefers the collected regional setting: what AWS really enforces', () => {
    const layer = allowedImagesLayerOf(snapshotFixture(), ORG.paymentsDev, {
      allowedImages: {
        state: 'enabled',
        managedBy: 'account',
        imageCriteria: [{ ImageProviders: ['amazon'] }],
      },
    });
    expect(layer).toEqual({
      source: 'region-setting',
      state: 'enabled',
      criteria: [{ name: 'criterion 1', providers: ['amazon'] }],
    });
  });

  it('falls back to the effective policy, with or without operators', () => {
    const prod = allowedImagesLayerOf(
      snapshotFixture(),
      ORG.paymentsProd,
      undefined,
    );
    expect(prod?.source).toBe('effective-policy');
    expect(prod?.state).toBe('audit_mode');
    expect(prod?.criteria.map(c => c.name)).toEqual([
      'criteria_1',
      'criteria_2',
    ]);
    expect(prod?.criteria[1].providers).toEqual([STRAY_PROVIDER]);
    const bare = allowedImagesLayerOf(snapshotFixture(), ORG.paymentsDev, {});
    expect(bare?.state).toBe('audit-mode');
  });

  it('is undefined when neither is known', () => {
    expect(
      allowedImagesLayerOf(snapshotFixture(), ORG.sandbox, undefined),
    ).toBeUndefined();
    expect(
      allowedImagesLayerOf(undefined, ORG.sandbox, undefined),
    ).toBeUndefined();
  });
});
