import fs from 'node:fs';
import path from 'node:path';
import {
  fixture,
  hasStackTrace,
  readJson,
  runCli,
  runCliJson,
  TODAY,
  useTempDirs,
} from '../__testUtils__/runCli';

// The fixture snapshot's deployed policy is what valid.json generates on TODAY; its workloads: three
// accounts on InfoBlox (111122223333) AMIs in two accounts, the ml-research account on the ML
// exception (555566667777, expires 2026-12-01), an outside publisher already not allowed, AMIs the
// launching account owns, an AMI whose owner is unknown, a refused region and an account not visible.
const SNAPSHOT = fixture('workloads-snapshot.json');
const CONFIG = fixture('valid.json');
const INFOBLOX = '111122223333';
const ML_EXCEPTION = '555566667777';
const OPS = '123456738923';

const NOT_VISIBLE = [
  {
    accountId: '098765432109',
    region: 'eu-west-1',
    code: 'OptInRequired',
    message: expect.any(String),
  },
  {
    accountId: '045678901234',
    code: 'AccessDenied',
    message: expect.any(String),
  },
];

const impactArgs = (args: string[], config: string, snapshot: string) => [
  'impact',
  '--config',
  config,
  '--snapshot',
  snapshot,
  '--today',
  TODAY,
  ...args,
];
/** `impact --json` on the config and snapshot (the fixtures by default). */
const impact = (args: string[], config = CONFIG, snapshot = SNAPSHOT) =>
  runCliJson(impactArgs(args, config, snapshot));
/** `impact` printing text. */
const impactText = (args: string[], config = CONFIG, snapshot = SNAPSHOT) =>
  runCli(impactArgs(args, config, snapshot));

describe('ami-governance impact', () => {
  const tempDir = useTempDirs();

  /** valid.json with `edit` applied, written into a fresh folder. */
  function editedConfig(edit: (config: any) => void) {
    const config = readJson(CONFIG);
    edit(config);
    const file = path.join(tempDir(), 'ami_publishers.json');
    fs.writeFileSync(file, JSON.stringify(config, null, 2));
    return file;
  }

  function editedSnapshot(edit: (snapshot: any) => void) {
    const snapshot = readJson(SNAPSHOT);
    edit(snapshot);
    const file = path.join(tempDir(), 'snapshot.json');
    fs.writeFileSync(file, JSON.stringify(snapshot));
    return file;
  }

  it('exits 0 when the config allows what is deployed, and says what it could not judge', () => {
    const { status, stderr, json } = impact([]);

    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(json).toMatchObject({
      ok: true,
      today: TODAY,
      on: TODAY,
      snapshot: { collectedAt: '2026-11-23T06:00:00Z', accountsReported: 5 },
      baseline: {
        kind: 'deployed-policy',
        policy: { id: 'p-dec0ami1' },
        mode: 'audit_mode',
      },
      newlyBlocked: [],
      blocked: { instances: 0, launchTemplates: 0, accounts: 0 },
      newlyAllowed: [],
      unresolved: { instances: 1, launchTemplates: 0 },
      notVisible: NOT_VISIBLE,
      notCollected: [],
    });
  });

  it('names the publisher a config removes, with its instances and launch templates per account (text)', () => {
    const withoutInfoblox = editedConfig(c => {
      c.vendor_publisher_accounts = c.vendor_publisher_accounts.filter(
        (v: any) => v.account_id !== INFOBLOX,
      );
    });
    const { status, stdout, stderr } = impactText(
      [],
      withoutInfoblox,
      SNAPSHOT,
    );

    expect(stderr).toBe('');
    expect(status).toBe(3);
    expect(stdout).toContain(
      `This config removes ${INFOBLOX}: 4 instances and 1 launch template in 2 accounts use its AMIs.`,
    );
    expect(stdout).toContain(
      '  210987654321 payments-prod: 3 instances and 1 launch template: i-0payments00000001 (us-east-1), i-0payments00000002 (us-east-1), lt-0payments0000001:3 (us-east-1), i-0payments00000004 (eu-west-1)',
    );
    expect(stdout).toContain(
      '  098765432109 ml-research: 1 instance: i-0mlresearch000005 (us-east-1)',
    );
    expect(stdout).toContain(
      'In all: 4 instances and 1 launch template in 2 accounts would no longer be allowed.',
    );
    expect(stdout).toContain(
      '045678901234 sandbox: not visible (AccessDenied: ',
    );
  });

  it('lists the instances whose ops AMIs fall outside a name pattern the config adds, and which criterion refuses them', () => {
    const named = editedConfig(c => {
      c.ops_publisher_account.image_names = ['acme-golden-*'];
    });
    const { status, stdout, stderr } = impactText([], named, SNAPSHOT);

    expect(stderr).toBe('');
    expect(status).toBe(3);
    // The ops factory's own instance is self-owned: Allowed AMIs always allows it.
    expect(stdout).toContain(
      `This config narrows what it allows of ${OPS}: 1 instance in 1 account uses its AMIs that it no longer allows.`,
    );
    expect(stdout).toContain(
      '  Why: criteria_2 refuses it: name golden-al2023-2026.11 does not match acme-golden-*.',
    );
    expect(stdout).toContain(
      '  210987654321 payments-prod: 1 instance: i-0payments00000003 (us-east-1)',
    );
    // A pattern the golden images already follow blocks nothing.
    const matching = editedConfig(c => {
      c.ops_publisher_account.image_names = ['golden-al2023-*'];
    });
    expect(impact([], matching).json.newlyBlocked).toEqual([]);
  });

  it('counts AMIs older than max_image_age_days as blocked, with the age in words (--json)', () => {
    const aged = editedConfig(c => {
      c.policy_config.max_image_age_days = 60;
    });
    const { status, json } = impact([], aged);
    expect(status).toBe(3);
    const infoblox = json.newlyBlocked.find(
      (g: any) => g.publisher === INFOBLOX,
    );
    expect(infoblox.workloads[0].refusedBy).toBe(
      'criteria_1 refuses it: created 2026-09-01, 82 days ago: older than the 60 days allowed',
    );
  });

  it('prints no control character or escape sequence from AWS data (an account named to rewrite the CI log)', () => {
    const withoutInfoblox = editedConfig(c => {
      c.vendor_publisher_accounts = c.vendor_publisher_accounts.filter(
        (v: any) => v.account_id !== INFOBLOX,
      );
    });
    const hostile = editedSnapshot(s => {
      const account = s.accounts.find((a: any) => a.id === '210987654321');
      account.name =
        'payments\u001b[2J\u001b[31m-prod\u001b]0;owned\u0007\rOK: nothing blocked\n';
    });
    const { status, stdout } = impactText([], withoutInfoblox, hostile);
    expect(status).toBe(3);
    // eslint-disable-next-line no-control-regex
    expect(stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(stdout).toContain(
      '  210987654321 payments-prod\ufffdOK: nothing blocked\ufffd: 3 instances and 1 launch template',
    );
  });

  it('lists every blocked workload with --json', () => {
    const withoutInfoblox = editedConfig(c => {
      c.vendor_publisher_accounts = c.vendor_publisher_accounts.filter(
        (v: any) => v.account_id !== INFOBLOX,
      );
    });
    const { status, json } = impact([], withoutInfoblox);

    expect(status).toBe(3);
    expect(json.ok).toBe(false);
    expect(json.blocked).toEqual({
      instances: 4,
      launchTemplates: 1,
      accounts: 2,
    });
    expect(json.newlyBlocked).toEqual([
      {
        publisher: INFOBLOX,
        instances: 4,
        launchTemplates: 1,
        accounts: ['210987654321', '098765432109'],
        workloads: expect.arrayContaining([
          {
            kind: 'launch-template',
            id: 'lt-0payments0000001:3',
            accountId: '210987654321',
            region: 'us-east-1',
            imageId: 'ami-0infoblox00000001',
            imageName: 'infoblox-nios-9.0.4',
          },
        ]),
      },
    ]);
    expect(json.newlyBlocked[0].workloads).toHaveLength(5);
  });

  it('--on: an exception that has lapsed by then blocks what uses its AMIs; on its last day it still counts', () => {
    const after = impact(['--on', '2026-12-02']);
    expect(after.status).toBe(3);
    expect(after.json.on).toBe('2026-12-02');
    expect(after.json.newlyBlocked).toEqual([
      expect.objectContaining({
        publisher: ML_EXCEPTION,
        exceptionExpiresOn: '2026-12-01',
        instances: 2,
        launchTemplates: 1,
        accounts: ['098765432109'],
      }),
    ]);

    const lastDay = impact(['--on', '2026-12-01']);
    expect(lastDay.status).toBe(0);
    expect(lastDay.json.newlyBlocked).toEqual([]);
  });

  it("does not count AMIs the launching account owns, and notes the SCP's lack of that exemption", () => {
    const withoutOps = editedConfig(c => {
      c.ops_publisher_account.account_id = '333344445555';
    });
    const { status, json } = impact([], withoutOps, SNAPSHOT);

    expect(status).toBe(3);
    // i-0factory000000001 runs ami-factory's own golden AMI: Allowed AMIs always allows it.
    expect(json.newlyBlocked).toEqual([
      expect.objectContaining({
        publisher: OPS,
        instances: 1,
        launchTemplates: 0,
        accounts: ['210987654321'],
      }),
    ]);
    expect(json.selfOwnedNoLongerListed).toEqual({
      instances: 1,
      launchTemplates: 0,
    });
    const text = impactText([], withoutOps, SNAPSHOT).stdout;
    expect(text).toContain(
      "1 instance on AMIs their own account owns, from owners this config no longer lists: Allowed AMIs always allows an account its own AMIs, but the SCP's ec2:Owner condition does not",
    );
  });

  it('with no declarative policy deployed, counts everything the config does not allow and says so', () => {
    const undeployed = editedSnapshot(s => {
      s.policies.declarativePolicy = null;
    });
    const { status, json } = impact([], CONFIG, undeployed);

    expect(status).toBe(3);
    expect(json.baseline).toEqual({ kind: 'none' });
    // The outside publisher's instance; the ml-research account's own AMI is still not counted.
    expect(json.newlyBlocked).toEqual([
      expect.objectContaining({
        publisher: '999900001111',
        instances: 1,
        launchTemplates: 0,
      }),
    ]);
    expect(json.newlyAllowed).toEqual([]);

    const text = impactText([], CONFIG, undeployed).stdout;
    expect(text).toContain(
      'No declarative policy with Allowed AMIs settings is deployed in this snapshot: compared with no allowlist',
    );
    expect(text).toContain(
      'This config does not allow 999900001111: 1 instance in 1 account uses its AMIs.',
    );
  });

  it('names the publishers a config starts allowing', () => {
    const withCommunity = editedConfig(c => {
      c.vendor_publisher_accounts.push({
        account_id: '999900001111',
        vendor_name: 'Community Jupyter',
        description: 'Notebook images',
        business_justification: 'ML team',
      });
    });
    const { status, json } = impact([], withCommunity);

    expect(status).toBe(0);
    expect(json.newlyAllowed).toEqual([
      {
        publisher: '999900001111',
        instances: 1,
        launchTemplates: 0,
        accounts: ['098765432109'],
      },
    ]);
  });

  it('refuses a snapshot without workloads, naming the flag and how to collect one', () => {
    const formatOne = editedSnapshot(s => {
      s.version = 1;
      delete s.workloads;
    });
    const { status, stdout, stderr } = impactText([], CONFIG, formatOne);

    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      `--snapshot "${formatOne}" has no workloads section (snapshot format 1)`,
    );
    expect(stderr).toContain('ami-governance snapshot --workloads --out FILE');
    expect(hasStackTrace(stderr)).toBe(false);
  });

  it('refuses a file that is not a snapshot', () => {
    const notASnapshot = editedSnapshot(s => {
      s.workloads.accounts[0].accountId = '1234';
    });
    const { status, stderr } = impactText([], CONFIG, notASnapshot);

    expect(status).toBe(2);
    expect(stderr).toContain(
      'is not an organization snapshot: workloads.accounts[0].accountId must be a 12-digit account ID string',
    );

    const notJson = path.join(tempDir(), 'truncated.json');
    fs.writeFileSync(notJson, '{"version": 2,');
    const truncated = impactText([], CONFIG, notJson);
    expect(truncated.status).toBe(2);
    expect(truncated.stderr).toContain(
      `--snapshot "${notJson}" is not valid JSON at line 1, column 15`,
    );
  });

  it.each([
    [
      '2026-02-30',
      "option '--on <YYYY-MM-DD>' argument '2026-02-30' is invalid",
    ],
    ['2026-11-22', '--on 2026-11-22 is before today (2026-11-23)'],
  ])('refuses --on %s', (on, message) => {
    const { status, stdout, stderr } = impactText(
      ['--on', on],
      CONFIG,
      SNAPSHOT,
    );

    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
  });

  it('exits 1 with the findings when the config cannot be read', () => {
    const { status, json } = impact(
      [],
      fixture('schema-error-and-duplicate.json'),
    );

    expect(status).toBe(1);
    expect(json.ok).toBe(false);
    expect(json.findings.length).toBeGreaterThan(0);
  });
});
