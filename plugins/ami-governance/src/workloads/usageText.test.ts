import { describeWorkloads, rowUsage } from './usageText';

describe('usage in words', () => {
  it('counts instances and launch templates, and the accounts they are in', () => {
    expect(
      describeWorkloads({ instances: 14, launchTemplates: 3, accounts: 2 }),
    ).toBe('14 instances, 3 launch templates in 2 accounts');
    expect(
      describeWorkloads({ instances: 1, launchTemplates: 0, accounts: 1 }),
    ).toBe('1 instance in 1 account');
    expect(
      describeWorkloads({ instances: 0, launchTemplates: 0, accounts: 0 }),
    ).toBe('none');
  });

  it('says what an exception lapse blocks, or that nothing does', () => {
    const used = {
      provider: '222233334444', // the API's field name
      instances: 2,
      launchTemplates: 1,
      accounts: 1,
    };
    expect(
      rowUsage({
        ...used,
        atExpiry: {
          on: '2026-11-27',
          instances: 2,
          launchTemplates: 1,
          accounts: 1,
        },
      }),
    ).toEqual({
      inUse: '2 instances, 1 launch template in 1 account',
      inUseShort: '3 workloads',
      breaksShort: '3 stop at expiry',
      atExpiry:
        'From 2026-11-27: 2 instances, 1 launch template in 1 account stop being allowed',
      breaks: true,
    });
    // Another entry keeps the publisher allowed after the exception.
    expect(
      rowUsage({
        ...used,
        atExpiry: {
          on: '2026-11-27',
          instances: 0,
          launchTemplates: 0,
          accounts: 0,
        },
      }),
    ).toEqual({
      inUse: '2 instances, 1 launch template in 1 account',
      inUseShort: '3 workloads',
      atExpiry: 'From 2026-11-27: nothing stops being allowed',
      breaks: false,
    });
    expect(rowUsage(used)).toEqual({
      inUse: '2 instances, 1 launch template in 1 account',
      inUseShort: '3 workloads',
      breaks: false,
    });
    expect(
      rowUsage({ ...used, instances: 0, launchTemplates: 0, accounts: 0 }),
    ).toMatchObject({ inUse: 'none', inUseShort: 'none' });
  });
});
