import {
  accountOf,
  expectedFixture,
  ORG,
  snapshotFixture,
  STRAY_PROVIDER,
} from '../__fixtures__/snapshots';
import { computeCompliance } from './compliance';

describe('computeCompliance', () => {
  it('sorts accounts into matching, differing and unknown, in snapshot order', () => {
    const { accounts } = snapshotFixture();
    const compliance = computeCompliance(accounts, expectedFixture());
    expect(compliance.matching).toEqual([
      { id: ORG.management, name: 'management' },
      { id: ORG.publisher, name: 'ami-factory' },
      // Written without @@ operators and with EC2 API spellings, yet the same policy.
      { id: ORG.paymentsDev, name: 'payments-dev' },
    ]);
    expect(compliance.differing).toEqual([
      {
        id: ORG.paymentsProd,
        name: 'payments-prod',
        missing: [],
        extra: [STRAY_PROVIDER],
        mode: 'audit_mode',
        expectedMode: 'audit_mode',
      },
    ]);
    expect(compliance.unknown).toEqual([
      {
        id: ORG.dataLab,
        name: 'data-lab',
        reason: expect.stringContaining('AccessDeniedException'),
      },
      {
        id: ORG.sandbox,
        name: 'sandbox',
        reason: expect.stringContaining('EffectivePolicyNotFoundException'),
      },
    ]);
  });

  it('reads a policy text once for the accounts that share it, giving each its own lists', () => {
    const prod = accountOf(snapshotFixture(), ORG.paymentsProd);
    const twin = { ...prod, id: '999988887777', name: 'payments-prod-2' };
    const { differing } = computeCompliance([prod, twin], expectedFixture());
    expect(differing).toEqual([
      expect.objectContaining({
        id: ORG.paymentsProd,
        extra: [STRAY_PROVIDER],
      }),
      expect.objectContaining({ id: '999988887777', extra: [STRAY_PROVIDER] }),
    ]);
    differing[0].extra.push('123456789012');
    expect(differing[1].extra).toEqual([STRAY_PROVIDER]);
  });

  it('reports another mode even when the providers match', () => {
    const snapshot = snapshotFixture();
    const account = accountOf(snapshot, ORG.publisher);
    account.effectiveDeclarativePolicy =
      account.effectiveDeclarativePolicy!.replace('audit_mode', 'enabled');
    const { differing } = computeCompliance([account], expectedFixture());
    expect(differing).toEqual([
      expect.objectContaining({ missing: [], extra: [], mode: 'enabled' }),
    ]);
  });

  it('does not call an account matching when a criterion allows any publisher', () => {
    const account = accountOf(snapshotFixture(), ORG.publisher);
    const doc = JSON.parse(account.effectiveDeclarativePolicy!);
    doc.ec2_attributes.allowed_images_settings.image_criteria.criteria_2 = {
      image_names: ['*'],
    };
    account.effectiveDeclarativePolicy = JSON.stringify(doc);
    const { differing } = computeCompliance([account], expectedFixture());
    expect(differing).toEqual([
      expect.objectContaining({
        missing: [],
        extra: [],
        unrestrictedCriteria: ['criteria_2'],
      }),
    ]);
  });

  it('is unknown when nothing was collected or the content cannot be read', () => {
    const accounts = [
      { id: '111111111111', name: 'quiet', parentId: 'r-test1' },
      {
        id: '222222222222',
        name: 'garbled',
        parentId: 'r-test1',
        effectiveDeclarativePolicy: '{"ec2":{}}',
      },
    ];
    expect(computeCompliance(accounts, expectedFixture()).unknown).toEqual([
      {
        id: '111111111111',
        name: 'quiet',
        reason: 'no effective policy collected',
      },
      {
        id: '222222222222',
        name: 'garbled',
        reason: expect.stringContaining('ec2_attributes'),
      },
    ]);
  });
});
