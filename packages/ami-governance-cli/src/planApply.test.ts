/**
 * `plan` and `apply` as processes: exit codes of wrong usage, and the refusals apply makes from the
 * plan file alone, before any AWS call. The AWS side (reading, writing, ordering, throttling) is
 * tested in ami-governance-node against an in-memory organization, in process and over HTTP.
 */
import path from 'node:path';
import {
  enabledConfig,
  fixturePlan,
  writePlan,
} from './__testUtils__/planFiles';
import {
  filesIn,
  fixture,
  hasStackTrace,
  runCli,
  runCliJson,
  TODAY,
  useTempDirs,
} from './__testUtils__/runCli';

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
      what: 'apply --plan with a planning flag',
      args: (dir: string) => [
        'apply',
        '--plan',
        path.join(dir, 'plan.json'),
        '--policies',
        dir,
      ],
      code: 2,
      mentions: '--policies is for planning',
    },
    {
      what: 'apply --plan with a file that is not a plan',
      args: () => ['apply', '--plan', valid],
      code: 2,
      mentions: 'it is not a plan of format ami-governance-plan version 1',
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

describe('apply --plan refuses before any AWS call', () => {
  const tempDir = useTempDirs();

  it('a plan that carries a refusal, unless --accept-blocking covers it', () => {
    const dir = tempDir();
    const readiness = {
      collectedAt: '2026-11-22T06:00:00Z',
      blocked: { instances: 3, launchTemplates: 2 },
    };
    const file = writePlan(
      dir,
      fixturePlan({ readiness }, undefined, TODAY, enabledConfig(dir)),
    );
    for (const extra of [[], ['--accept-blocking', '4']]) {
      const result = runCli(
        ['apply', '--plan', file, '--today', TODAY, ...extra],
        NO_AWS,
      );
      expect(result.status).toBe(1);
      expect(result.stdout).toContain('Refused: nothing was changed.');
      expect(result.stdout).toContain(
        'refused: would-block-launches: Switching allowed_images_settings to "enabled" would block 5 launches',
      );
    }
    const json = runCliJson(
      ['apply', '--plan', file, '--today', TODAY],
      NO_AWS,
    );
    expect(json.json).toMatchObject({
      ok: false,
      status: 'refused',
      refusals: [
        { code: 'would-block-launches', override: '--accept-blocking 5' },
      ],
    });
  });

  it('a plan whose allowlist lapsed since, or made from another config', () => {
    const dir = tempDir();
    const file = writePlan(dir, fixturePlan());
    const late = runCli(
      ['apply', '--plan', file, '--today', '2026-12-02'],
      NO_AWS,
    );
    expect(late.status).toBe(1);
    expect(late.stdout).toContain(
      "refused: plan-expired: An exception in this plan's allowlist lapsed after 2026-12-01",
    );
    const other = runCli(
      [
        'apply',
        '--plan',
        file,
        '--config',
        fixture('unknown-keys.json'),
        '--today',
        TODAY,
      ],
      NO_AWS,
    );
    expect(other.status).toBe(1);
    expect(other.stdout).toContain('refused: config-changed:');
  });

  it('a plan file edited to drop the ops publisher', () => {
    const dir = tempDir();
    const plan = fixturePlan();
    plan.policies.scp.content = plan.policies.scp.content.replace(
      '"123456738923",',
      '',
    );
    const result = runCli(
      ['apply', '--plan', writePlan(dir, plan), '--today', TODAY],
      NO_AWS,
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      'refused: ops-publisher-missing: The allowlist to send does not include the ops publisher 123456738923',
    );
  });
});
