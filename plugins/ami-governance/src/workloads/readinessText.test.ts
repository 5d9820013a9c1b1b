import {
  describeBlockedImages,
  describeCounts,
  describeCoverage,
  describeNotVisible,
  readinessHeadline,
  readinessIsClear,
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

/** Every account of the organization seen. */
const complete = {
  organizationAccounts: 12,
  collected: 12,
  notVisible: 0,
  notCollected: 0,
  partial: false,
};

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
      coverage: complete,
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

  it('says so when nothing is blocked and every account was seen', () => {
    const none = {
      blocked: { instances: 0, launchTemplates: 0 },
      accounts: 0,
      byPublisher: [],
      coverage: complete,
    };
    expect(
      readinessHeadline({ ...none, enforcementMode: 'audit_mode' }),
    ).toMatch(/would block nothing/);
    expect(readinessHeadline({ ...none, enforcementMode: 'enabled' })).toMatch(
      /^Enabled blocks nothing/,
    );
    expect(readinessIsClear(none)).toBe(true);
  });

  it('never says nothing is blocked about accounts it did not see: the counts are a lower bound', () => {
    const none = {
      enforcementMode: 'audit_mode' as const,
      blocked: { instances: 0, launchTemplates: 0 },
      accounts: 0,
      byPublisher: [],
    };
    // The reproduction: an empty partial collection of a 5-account organization.
    const emptyPartial = {
      ...none,
      coverage: {
        organizationAccounts: 5,
        collected: 0,
        notVisible: 0,
        notCollected: 5,
        partial: true,
      },
    };
    expect(readinessHeadline(emptyPartial)).toBe(
      'No blocked workload in the 0 accounts collected, but 5 accounts of the organization were not collected or not visible: what enabled would block there is unknown, so blocked counts are a lower bound.',
    );
    expect(readinessIsClear(emptyPartial)).toBe(false);
    const oneRefused = {
      ...none,
      coverage: { ...complete, collected: 11, notVisible: 1 },
    };
    expect(readinessHeadline(oneRefused)).toMatch(
      /but 1 account of the organization was not collected or not visible: .* a lower bound\.$/,
    );
    expect(readinessIsClear(oneRefused)).toBe(false);
    const noOrganization = {
      ...none,
      coverage: { ...complete, organizationAccounts: null },
    };
    expect(readinessHeadline(noOrganization)).toMatch(
      /but no organization snapshot says which accounts exist/,
    );
    expect(readinessIsClear(noOrganization)).toBe(false);
    expect(
      readinessHeadline({
        ...none,
        blocked: { instances: 2, launchTemplates: 0 },
        accounts: 1,
        byPublisher: publishers.slice(0, 1),
        coverage: { ...complete, collected: 9, notCollected: 3 },
      }),
    ).toBe(
      'Switching to enabled today would block 2 instances in 1 account; top publishers: 111 (1); 3 accounts of the organization were not collected or not visible, so blocked counts are a lower bound',
    );
  });

  it('says how many accounts of the organization were collected, not collected and not visible', () => {
    expect(
      describeCoverage({
        organizationAccounts: 12,
        collected: 3,
        notCollected: 8,
        notVisible: 1,
        partial: false,
      }),
    ).toBe('3 of 12 accounts collected; 8 not collected, 1 not visible');
    expect(
      describeCoverage({
        organizationAccounts: 5,
        collected: 1,
        notCollected: 4,
        notVisible: 0,
        partial: true,
      }),
    ).toBe(
      '1 of 5 accounts collected (a partial collection); 4 not collected, 0 not visible',
    );
    expect(describeCoverage({ ...complete, organizationAccounts: null })).toBe(
      '12 accounts collected; 0 not collected, 0 not visible; no organization snapshot yet, so accounts not collected cannot be counted',
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

describe('describeBlockedImages', () => {
  it('counts the AMIs not allowed by the key that refused them, ages first', () => {
    expect(
      describeBlockedImages({
        total: 7,
        byReason: {
          providers: 4,
          maximumDaysSinceCreated: 2,
          maximumDaysSinceDeprecated: 1,
        },
      }),
    ).toBe(
      '7 AMIs not allowed: 2 too old, 1 deprecated too long, 4 a publisher not listed.',
    );
  });

  it('says nothing when the criteria judge publishers only, or nothing is blocked', () => {
    expect(describeBlockedImages(undefined)).toBeUndefined();
    expect(describeBlockedImages({ total: 0, byReason: {} })).toBeUndefined();
  });
});
