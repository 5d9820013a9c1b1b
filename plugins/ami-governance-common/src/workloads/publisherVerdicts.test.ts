import {
  blockedOwners,
  judgesOnlyProviders,
  withoutProvider,
} from './publisherVerdicts';

const NOW = new Date('2026-11-23T12:00:00Z');
const criteria = [
  { name: 'criteria_1', providers: ['123456738923', '777788889999'] },
  { name: 'criteria_2', providers: ['amazon'] },
];

describe('judging AMI owners instead of images', () => {
  it('applies only when every criterion looks at providers alone', () => {
    expect(judgesOnlyProviders(criteria)).toBe(true);
    expect(judgesOnlyProviders([])).toBe(true);
    expect(
      judgesOnlyProviders([
        ...criteria,
        { name: 'criteria_3', imageNames: ['golden-*'] },
      ]),
    ).toBe(false);
    expect(
      judgesOnlyProviders([{ name: 'c', maximumDaysSinceDeprecated: 0 }]),
    ).toBe(false);
  });

  it('blocks the owners no criterion lists, by account ID or by alias', () => {
    const owners = [
      { ownerId: '123456738923' },
      { ownerId: '137112412989', ownerAlias: 'amazon' },
      { ownerId: '555566667777' },
      // The EC2 API echoes the owner ID as the alias of an owner without one.
      { ownerId: '444455556666', ownerAlias: '444455556666' },
    ];
    expect([...blockedOwners(owners, criteria, NOW)]).toEqual([
      '555566667777',
      '444455556666',
    ]);
    expect(blockedOwners(owners, [], NOW).size).toBe(4);
  });

  it('removes one publisher, dropping a criterion it leaves empty', () => {
    expect(withoutProvider(criteria, '777788889999')).toEqual([
      { name: 'criteria_1', providers: ['123456738923'] },
      { name: 'criteria_2', providers: ['amazon'] },
    ]);
    // Any spelling of an alias.
    expect(withoutProvider(criteria, 'amazon')).toEqual([criteria[0]]);
    const names = [{ name: 'n', imageNames: ['golden-*'] }];
    expect(withoutProvider(names, 'amazon')).toEqual(names);
  });
});
