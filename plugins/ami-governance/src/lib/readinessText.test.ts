import {
  describeCounts,
  describeNotVisible,
  readinessHeadline,
  readinessTitle,
  topPublishers,
  workloadName,
} from './readinessText';

const publishers = [
  { publisher: '111', instances: 1, launchTemplates: 0, accounts: 1 },
  {
    publisher: '137112412989',
    ownerAlias: 'amazon',
    instances: 9,
    launchTemplates: 3,
    accounts: 2,
  },
  { publisher: '222', instances: 4, launchTemplates: 0, accounts: 1 },
  { publisher: '333', instances: 2, launchTemplates: 0, accounts: 1 },
];

describe('readinessText', () => {
  it('counts instances and launch templates in words', () => {
    expect(describeCounts({ instances: 1, launchTemplates: 0 })).toBe(
      '1 instance',
    );
    expect(describeCounts({ instances: 2, launchTemplates: 1 })).toBe(
      '2 instances and 1 launch template',
    );
    expect(describeCounts({ instances: 0, launchTemplates: 0 })).toBe(
      'nothing',
    );
  });

  it('names the top publishers by alias, most blocked first', () => {
    expect(topPublishers(publishers)).toBe(
      'amazon (12), 222 (4), 333 (2) and 1 more',
    );
  });

  it('words the headline for audit mode and for enabled', () => {
    const answer = {
      blocked: { instances: 16, launchTemplates: 3 },
      accounts: 3,
      byPublisher: publishers.slice(1, 3),
    };
    expect(
      readinessHeadline({ ...answer, enforcementMode: 'audit_mode' }),
    ).toBe(
      'Switching to enabled today would block 16 instances and 3 launch templates in 3 accounts; top publishers: amazon (12), 222 (4)',
    );
    expect(readinessHeadline({ ...answer, enforcementMode: 'enabled' })).toBe(
      'Enabled blocks launching 16 instances and 3 launch templates in 3 accounts; top publishers: amazon (12), 222 (4)',
    );
    expect(readinessTitle('audit_mode')).toBe('Readiness for enabled');
    expect(readinessTitle('enabled')).toBe('What enabled blocks');
  });

  it('says so when nothing is blocked', () => {
    const none = {
      blocked: { instances: 0, launchTemplates: 0 },
      accounts: 0,
      byPublisher: [],
    };
    expect(
      readinessHeadline({ ...none, enforcementMode: 'audit_mode' }),
    ).toMatch(/would block nothing/);
    expect(readinessHeadline({ ...none, enforcementMode: 'enabled' })).toMatch(
      /^Enabled blocks nothing/,
    );
  });

  it('names workloads and why something could not be read', () => {
    const base = {
      accountId: '1',
      region: 'us-east-1',
      imageId: 'ami-1',
      publisher: '2',
    };
    expect(workloadName({ ...base, kind: 'instance', id: 'i-1' })).toBe('i-1');
    expect(
      workloadName({
        ...base,
        kind: 'launch-template',
        id: 'lt-1:3',
        launchTemplateId: 'lt-1',
        launchTemplateName: 'web',
        version: 3,
      }),
    ).toBe('web version 3');
    expect(
      describeNotVisible({
        accountId: '1',
        code: 'AccessDenied',
        message: 'no',
      }),
    ).toBe(
      'could not be read: the member role could not be assumed (AccessDenied: no)',
    );
    expect(
      describeNotVisible({
        accountId: '1',
        region: 'me-south-1',
        code: 'UnauthorizedOperation',
        message: 'off',
      }),
    ).toBe(
      'could not be read: AWS refused the region (UnauthorizedOperation: off)',
    );
  });
});
