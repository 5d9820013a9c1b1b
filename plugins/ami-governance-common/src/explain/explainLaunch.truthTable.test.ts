import { parseGovernanceConfig } from '../config/parseConfig';
import {
  AllowedImagesLayerInput,
  explainLaunch,
  LaunchQuestion,
} from './explainLaunch';

// The full truth table of the launch explainer: Git's word on the publisher × what is deployed ×
// the collected regional setting × the account's membership × the mode. Each row says, in the
// table's own terms, what a launch does today in AWS, what it does after the next apply, the date that
// bounds the answer and the recommended action; the explainer must agree on every row.

const NOW = new Date('2026-11-23T12:00:00Z');
const TODAY = '2026-11-23';
const ACCOUNT = '210987654321';
const OPS = '123456738923';
const VENDOR = '111122223333';
const EXCEPTION_OWNER = '777788889999';
const STRANGER = '444400001111';
const ACTIVE_UNTIL = '2026-12-10';
const LAPSED_ON = '2026-11-01';

const GIT_STATES = [
  'golden',
  'active-exception',
  'lapsed-exception',
  'absent',
] as const;
const DEPLOYED = ['listed', 'not-listed', 'nothing-deployed'] as const;
const REGIONS = [
  'not-collected',
  'as-deployed',
  'disabled-by-account',
] as const;
const MEMBERSHIP = ['member', 'management', 'outside'] as const;
const MODES = ['audit_mode', 'enabled'] as const;

type Row = {
  git: (typeof GIT_STATES)[number];
  deployed: (typeof DEPLOYED)[number];
  region: (typeof REGIONS)[number];
  membership: (typeof MEMBERSHIP)[number];
  mode: (typeof MODES)[number];
};

const OWNER: Record<Row['git'], string> = {
  golden: OPS,
  'active-exception': EXCEPTION_OWNER,
  'lapsed-exception': EXCEPTION_OWNER,
  absent: STRANGER,
};

function configFor(row: Row) {
  const EXPIRES: Record<Row['git'], string | undefined> = {
    golden: undefined,
    'active-exception': ACTIVE_UNTIL,
    'lapsed-exception': LAPSED_ON,
    absent: undefined,
  };
  const expires = EXPIRES[row.git];
  const parsed = parseGovernanceConfig({
    ops_publisher_account: { account_id: OPS },
    vendor_publisher_accounts: [
      { account_id: VENDOR, vendor_name: 'InfoBlox' },
    ],
    exception_accounts: expires
      ? [
          {
            account_id: EXCEPTION_OWNER,
            expires_on: expires,
            reason: 'Migration',
            exception_type: 'migration',
            approval_date: '2026-10-15',
          },
        ]
      : [],
    policy_config: { enforcement_mode: row.mode },
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.findings));
  return parsed.config;
}

function question(row: Row): LaunchQuestion {
  const owner = OWNER[row.git];
  // The deployed policies list the vendor, and the publisher asked about when `listed`.
  const deployedProviders =
    row.deployed === 'listed' ? [VENDOR, owner] : [VENDOR];
  const effective: AllowedImagesLayerInput | undefined =
    row.deployed === 'nothing-deployed'
      ? undefined
      : {
          source: 'effective-policy',
          state: row.mode,
          criteria: [{ name: 'criteria_1', providers: deployedProviders }],
        };
  const disabled: AllowedImagesLayerInput = {
    source: 'region-setting',
    state: 'disabled',
    criteria: [],
  };
  let allowedImages: LaunchQuestion['allowedImages'] = effective;
  if (row.region === 'disabled-by-account') allowedImages = disabled;
  if (row.region === 'as-deployed')
    allowedImages = effective
      ? {
          ...effective,
          source: 'region-setting',
          state: row.mode.replace('_', '-'),
        }
      : disabled;
  return {
    accountId: ACCOUNT,
    region: 'eu-west-1',
    image: { imageId: 'ami-1', ownerId: owner },
    allowedImages,
    scp: {
      governs:
        row.deployed !== 'nothing-deployed' && row.membership === 'member',
      ...(row.deployed !== 'nothing-deployed' && {
        launchGuardProviders: deployedProviders,
      }),
    },
    membership: row.membership,
    // The config names no targets: the next apply attaches both policies at the root.
    nextApplyReach: {
      declarativePolicy: row.membership !== 'outside',
      scp: row.membership === 'member',
    },
    collected: {
      organization: '2026-11-23T06:00:00Z',
      region: '2026-11-23T07:00:00Z',
    },
    config: configFor(row),
    today: TODAY,
    now: NOW,
  };
}

type Expected = {
  today: string;
  afterNextApply: string;
  until: string | undefined;
  action: string;
};

/** What Allowed AMIs does with a publisher it does not list, by mode. */
const NOT_LISTED = { audit_mode: 'audit-only', enabled: 'denied' } as const;

/** The table's answer, from its columns alone. */
function expected(row: Row): Expected {
  if (row.membership === 'outside')
    return {
      today: 'unknown',
      afterNextApply: 'unknown',
      until: undefined,
      action: 'check-account',
    };
  const deployedLists = row.deployed === 'listed';
  const gitLists = row.git === 'golden' || row.git === 'active-exception';
  const withAllowedAmis = (lists: boolean) =>
    lists ? 'allowed' : NOT_LISTED[row.mode];
  // Today: Allowed AMIs checks unless nothing is deployed or the region disabled it; the SCP
  // governs members (never the management account) once deployed.
  const allowedAmisToday =
    row.deployed === 'nothing-deployed' || row.region === 'disabled-by-account'
      ? 'allowed'
      : withAllowedAmis(deployedLists);
  const scpDeniesToday =
    row.deployed !== 'nothing-deployed' &&
    row.membership === 'member' &&
    !deployedLists;
  const today = scpDeniesToday ? 'denied' : allowedAmisToday;
  // After the next apply: both policies at the root, with Git's list and mode.
  const scpDeniesNext = row.membership === 'member' && !gitLists;
  const afterNextApply = scpDeniesNext ? 'denied' : withAllowedAmis(gitLists);
  let action = today === 'allowed' ? 'move-off-now' : 'request-exception';
  if (afterNextApply === 'allowed') action = 'wait-for-apply';
  if (afterNextApply === 'allowed' && today === 'allowed')
    action = row.git === 'active-exception' ? 'move-before-expiry' : 'none';
  let until: string | undefined;
  if (row.git === 'active-exception' && afterNextApply === 'allowed')
    until = ACTIVE_UNTIL;
  if (row.git === 'lapsed-exception' && action === 'move-off-now')
    until = LAPSED_ON;
  return { today, afterNextApply, until, action };
}

const ROWS: Row[] = GIT_STATES.flatMap(git =>
  DEPLOYED.flatMap(deployed =>
    REGIONS.flatMap(region =>
      MEMBERSHIP.flatMap(membership =>
        MODES.map(mode => ({ git, deployed, region, membership, mode })),
      ),
    ),
  ),
);

describe('explainLaunch: the truth table', () => {
  it('covers every combination', () => {
    expect(ROWS).toHaveLength(4 * 3 * 3 * 3 * 2);
  });

  it.each(ROWS.map(row => [row, expected(row)] as const))(
    '%o → %o',
    (row, want) => {
      const answer = explainLaunch(question(row));
      expect({
        today: answer.verdict,
        afterNextApply: answer.git.verdict,
        until: answer.until,
        action: answer.action,
      }).toEqual(want);
      expect(answer.aws.verdict).toBe(answer.verdict);
      // Both sides are always said, and a date that bounds the answer is always in its sentence.
      expect(answer.aws.sentence).not.toBe('');
      expect(answer.git.sentence).not.toBe('');
      expect(answer.sentence).toContain(want.until ?? '');
      // No request is offered when Git already allows it.
      expect(
        want.action === 'wait-for-apply' &&
          answer.nextSteps.includes('request-exception'),
      ).toBe(false);
    },
  );
});

describe('explainLaunch: the cases of issue 22', () => {
  const member = (row: Partial<Row>): Row => ({
    git: 'absent',
    deployed: 'listed',
    region: 'as-deployed',
    membership: 'member',
    mode: 'enabled',
    ...row,
  });

  it('an exception that lapsed in Git but is still deployed: allowed today, move off it now', () => {
    const answer = explainLaunch(question(member({ git: 'lapsed-exception' })));
    expect(answer.verdict).toBe('allowed');
    expect(answer.git.verdict).toBe('denied');
    expect(answer.action).toBe('move-off-now');
    expect(answer.until).toBe(LAPSED_ON);
    expect(answer.exception).toMatchObject({
      state: 'lapsed',
      expires_on: LAPSED_ON,
    });
    expect(answer.sentence).toBe(
      `Allowed today because AWS still lists ${EXCEPTION_OWNER}; its exception lapsed on ${LAPSED_ON}; the next apply removes it (then launches are denied); move off it now.`,
    );
    expect(answer.headline).toBe('Allowed today; not after the next apply');
    expect(answer.aws.sentence).toContain(
      'deployed policies collected 2026-11-23T06:00:00Z',
    );
    expect(answer.aws.sentence).toContain(
      'the eu-west-1 setting collected 2026-11-23T07:00:00Z',
    );
    expect(answer.aws.regionCollectedAt).toBe('2026-11-23T07:00:00Z');
  });

  it('an exception merged in Git but not applied: Git allows it until D, no request needed', () => {
    const answer = explainLaunch(
      question(member({ git: 'active-exception', deployed: 'not-listed' })),
    );
    expect(answer.verdict).toBe('denied');
    expect(answer.git.verdict).toBe('allowed');
    expect(answer.action).toBe('wait-for-apply');
    expect(answer.until).toBe(ACTIVE_UNTIL);
    expect(answer.nextSteps).toEqual([]);
    expect(answer.sentence).toBe(
      `Git allows it until ${ACTIVE_UNTIL}, when the exception for ${EXCEPTION_OWNER} expires; it takes effect at the next apply; no request is needed. Until then AWS denies the launch.`,
    );
    expect(answer.whatToDo).toContain('Nothing to request');
  });

  it('an account that is not in the organization: nothing can be said, never "Allowed"', () => {
    const q = question(member({ membership: 'outside' }));
    const answer = explainLaunch({
      ...q,
      accountId: '999999999999',
      scp: { governs: false },
      allowedImages: undefined,
    });
    expect(answer.verdict).toBe('unknown');
    expect(answer.headline).toBe('Not an account of this organization');
    expect(answer.sentence).toBe(
      'Account 999999999999 is not an account of this organization: nothing can be said about launches in it.',
    );
    expect(answer.layers).toBeUndefined();
    expect(answer.nextSteps).toEqual([]);
  });
});
