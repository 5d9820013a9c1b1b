/**
 * `plan` and `apply` as processes: exit codes of wrong usage, and apply --plan re-deriving the plan
 * against a loopback AWS Organizations. The AWS side in detail (reading, writing, ordering,
 * throttling) is tested in ami-governance-node against the same in-memory organization.
 */
import {
  FakeOrganization,
  startOrganizationsHttpFake,
} from '@ami-governance/backstage-plugin-ami-governance-node/testUtils';
import fs from 'node:fs';
import path from 'node:path';
import { enabledConfig, writePlan } from '../__testUtils__/planFiles';
import { runCliAsync } from '../__testUtils__/runCliAsync';
import {
  filesIn,
  fixture,
  hasStackTrace,
  runCli,
  TODAY,
  useTempDirs,
} from '../__testUtils__/runCli';
import { PolicyPlan } from '@ami-governance/backstage-plugin-ami-governance-node';

/** Any AWS call would fail: nothing listens there, and no real credentials are near. */
const NO_AWS = {
  AWS_ENDPOINT_URL_ORGANIZATIONS: 'http://127.0.0.1:9',
  AWS_ACCESS_KEY_ID: 'AKIAFAKEFORTESTS',
  AWS_SECRET_ACCESS_KEY: 'fake-secret',
  AWS_EC2_METADATA_DISABLED: 'true',
};
const valid = fixture('valid.json');

describe('plan and apply usage', () => {
  const tempDir = useTempDirs();

  it.each([
    {
      what: 'plan without --config',
      args: () => ['plan'],
      code: 2,
      mentions: '--config',
    },
    {
      what: 'plan --detailed-exitcode without --config (2 would mean changes)',
      args: () => ['plan', '--detailed-exitcode'],
      code: 1,
      mentions: '--config',
    },
    {
      what: 'a --targets ID that is not one',
      args: () => ['plan', '--config', valid, '--targets', 'r-ab12,ou-bad'],
      code: 2,
      mentions: '--targets[1] must be a root ID',
    },
    {
      what: 'a negative --accept-blocking',
      args: () => ['plan', '--config', valid, '--accept-blocking', '-1'],
      code: 2,
      mentions: '--accept-blocking',
    },
    {
      what: 'a --readiness file that is not a readiness report',
      args: () => ['plan', '--config', valid, '--readiness', valid],
      code: 2,
      mentions: 'is not a readiness report',
    },
    {
      what: 'an --out in a folder that does not exist',
      args: (dir: string) => [
        'plan',
        '--config',
        valid,
        '--out',
        path.join(dir, 'no', 'plan.json'),
      ],
      code: 2,
      mentions: 'does not exist',
    },
    {
      what: 'apply without --plan or --config',
      args: () => ['apply'],
      code: 2,
      mentions: 'pass --plan FILE',
    },
    {
      what: 'apply --plan without the config to re-derive it from',
      args: (dir: string) => ['apply', '--plan', path.join(dir, 'plan.json')],
      code: 2,
      mentions: 'apply --plan re-derives the plan from the config',
    },
    {
      what: 'apply --plan with --out',
      args: (dir: string) => [
        'apply',
        '--plan',
        path.join(dir, 'plan.json'),
        '--config',
        valid,
        '--out',
        path.join(dir, 'again.json'),
      ],
      code: 2,
      mentions: 'Drop --out',
    },
    {
      what: 'an --accept-uncollected ID that is not an account ID',
      args: () => ['plan', '--config', valid, '--accept-uncollected', '1234'],
      code: 2,
      mentions: '1234 is not a 12-digit account ID',
    },
    {
      what: 'apply --plan with a file that is not a plan',
      args: () => ['apply', '--plan', valid, '--config', valid],
      code: 2,
      mentions: 'it is not a plan of format ami-governance-plan version 2',
    },
  ])(
    'exits $code on $what, with a short message',
    ({ args, code, mentions }) => {
      const dir = tempDir();
      const result = runCli(args(dir), NO_AWS);
      expect(result.status).toBe(code);
      expect(result.stdout).toBe('');
      expect(hasStackTrace(result.stderr)).toBe(false);
      expect(result.stderr.trim().split('\n')[0]).toContain(mentions);
      expect(filesIn(dir)).toEqual([]);
    },
  );

  it('exits 1 without a plan when the config cannot generate the policies', () => {
    for (const extra of [[], ['--detailed-exitcode']]) {
      const result = runCli(
        ['plan', '--config', fixture('bad-json.json'), ...extra],
        NO_AWS,
      );
      expect(result.status).toBe(1);
      expect(result.stdout).toMatch(/^error: .*bad-json\.json: /);
      expect(result.stdout).toContain(
        'No plan: the config cannot generate the policies.',
      );
    }
  });
});

/**
 * apply --plan against an organization served over loopback HTTP in the Organizations wire protocol
 * (AWS itself cannot run here): the real SDK client signs, sends and decodes every call. Each case is
 * a reproduction of a hand-edited plan file; none may write anything.
 */
describe('apply --plan re-derives the plan and applies only what equals the file', () => {
  const tempDir = useTempDirs();
  const OUTSIDER = '999999999999';
  // Each case starts the CLI two or three times (generate, plan, apply): seconds each on a busy runner.
  jest.setTimeout(60_000);

  function organization(): FakeOrganization {
    return {
      id: 'o-ab12cd34ef',
      managementAccountId: '000011112222',
      roots: [{ id: 'r-ab12', name: 'Root' }],
      organizationalUnits: [],
      accounts: [
        { id: '000011112222', name: 'management', parentId: 'r-ab12' },
        { id: '000033334444', name: 'workload', parentId: 'r-ab12' },
      ],
      policies: [
        {
          id: 'p-customer01',
          name: 'customer-guardrail',
          type: 'SERVICE_CONTROL_POLICY',
          content: '{"Version":"2012-10-17","Statement":[]}',
          targets: ['r-ab12'],
        },
      ],
      effective: {},
    };
  }

  /** A governance checkout (config and dist/) and a plan of it made against the fake. */
  async function checkout(config = valid) {
    const dir = tempDir();
    const configFile = path.join(dir, 'ami_publishers.json');
    fs.copyFileSync(config, configFile);
    const dist = path.join(dir, 'dist');
    const generated = runCli([
      'generate',
      '--config',
      configFile,
      '--out',
      dist,
      '--today',
      TODAY,
    ]);
    expect(generated.status).toBe(0);
    const org = organization();
    const fake = await startOrganizationsHttpFake(org);
    const env = { ...NO_AWS, AWS_ENDPOINT_URL_ORGANIZATIONS: fake.url };
    const planFile = path.join(dir, 'plan.json');
    const common = [
      '--config',
      configFile,
      '--policies',
      dist,
      '--today',
      TODAY,
    ];
    const planned = await runCliAsync(
      ['plan', ...common, '--out', planFile],
      env,
    );
    // Exit 1 when the plan carries a refusal; the file is written either way.
    expect(planned.stderr).toBe('');
    expect(fs.existsSync(planFile)).toBe(true);
    const writes = () =>
      fake.log.inputs
        .filter(c => /^(Create|Update|Attach|Detach)Policy$/.test(c.name))
        .map(c => c.name);
    const apply = (extra: string[] = [], file = planFile) =>
      runCliAsync(['apply', '--plan', file, ...common, ...extra], env);
    const edited = (edit: (plan: PolicyPlan) => void) => {
      const plan = JSON.parse(fs.readFileSync(planFile, 'utf8'));
      edit(plan);
      return writePlan(dir, plan, 'edited.json');
    };
    return { dir, org, fake, apply, edited, writes };
  }

  let closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    await Promise.all(closers.map(close => close()));
    closers = [];
  });
  const open = async (config?: string) => {
    const repo = await checkout(config);
    closers.push(repo.fake.close);
    return repo;
  };

  it('refuses an outsider added to both documents and to config.allowlist, and writes nothing', async () => {
    const repo = await open();
    const file = repo.edited(plan => {
      plan.config.allowlist.push(OUTSIDER);
      for (const kind of ['declarativePolicy', 'scp'] as const)
        plan.policies[kind].content = plan.policies[kind].content.replace(
          '"123456738923"',
          `"123456738923","${OUTSIDER}"`,
        );
    });
    const result = await repo.apply([], file);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Refused: nothing was changed.');
    expect(result.stdout).toMatch(
      /refused: plan-differs: The plan file is not what the config, the committed documents, the options given and AWS produce now: at config\.allowlist\[\d\] the file has/,
    );
    expect(repo.writes()).toEqual([]);
    expect(JSON.stringify(repo.org.policies)).not.toContain(OUTSIDER);
  });

  it("refuses an extra step that would overwrite another customer's SCP", async () => {
    const repo = await open();
    const file = repo.edited(plan =>
      plan.steps.push({
        action: 'update',
        kind: 'scp',
        policyId: 'p-customer01',
      }),
    );
    const result = await repo.apply([], file);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      'the file has {"action":"update","kind":"scp","policyId":"p-customer01"}, re-deriving gives absent',
    );
    expect(repo.writes()).toEqual([]);
    expect(repo.org.policies.find(p => p.id === 'p-customer01')!.content).toBe(
      '{"Version":"2012-10-17","Statement":[]}',
    );
  });

  it('refuses steps replaced by detachments', async () => {
    const repo = await open();
    const file = repo.edited(plan => {
      plan.steps = [
        {
          action: 'detach',
          kind: 'scp',
          target: { targetId: 'r-ab12', name: 'Root', type: 'ROOT' },
        },
      ];
    });
    expect((await repo.apply([], file)).status).toBe(1);
    expect(repo.writes()).toEqual([]);
  });

  it('refuses enabled when the readiness-missing refusal was deleted from the file', async () => {
    const dir = tempDir();
    const repo = await open(enabledConfig(dir));
    const file = repo.edited(plan => {
      expect(plan.refusals.map(r => r.code)).toEqual(['readiness-missing']);
      plan.refusals = [];
    });
    const result = await repo.apply([], file);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('at refusals[0] the file has absent');
    expect(repo.writes()).toEqual([]);
  });

  it('refuses when apply is given other options than plan was, or runs on another day', async () => {
    const repo = await open();
    const other = await repo.apply(['--targets', '000033334444']);
    expect(other.stdout).toContain(
      'at policies.declarativePolicy.targets.wanted[0].targetId the file has "r-ab12", re-deriving gives "000033334444"',
    );
    const tomorrow = await repo.apply(['--today', '2026-11-24']);
    expect(tomorrow.stdout).toContain(
      'The plan was made for 2026-11-23 and today is 2026-11-24 (UTC)',
    );
    expect(repo.writes()).toEqual([]);
  });

  it('applies the unedited plan with the re-derived steps, then finds nothing to do', async () => {
    const repo = await open();
    const result = await repo.apply();
    expect(result.stdout).toContain('Verified: AWS holds what the plan says');
    expect(result.status).toBe(0);
    expect(repo.writes()).toEqual([
      'CreatePolicy',
      'CreatePolicy',
      'AttachPolicy',
      'AttachPolicy',
    ]);
    const again = await repo.apply();
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('Nothing to do');
    expect(repo.writes()).toHaveLength(4);
  });
});
