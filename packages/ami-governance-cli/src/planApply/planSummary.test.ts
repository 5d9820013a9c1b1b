import {
  deployedAsOf,
  enabledConfig,
  FIXTURE_ACCOUNTS,
  fixturePlan,
} from '../__testUtils__/planFiles';
import { TODAY, useTempDirs } from '../__testUtils__/runCli';
import { describeStep, planSummary } from './planSummary';

describe('planSummary', () => {
  const tempDir = useTempDirs();

  it('says what changes in words: providers with why, settings from and to, steps in order', () => {
    // Deployed on 2026-11-23; on 2026-12-02 the CLOUD-1301 exception has lapsed.
    const plan = fixturePlan({}, deployedAsOf('2026-11-23'), '2026-12-02');
    const lines = planSummary(plan);
    expect(lines.slice(0, 2)).toEqual([
      'Plan as of 2026-12-02 for organization o-ab12cd34ef (management account 000011112222).',
      'Allowlist (4): 012345678901, 111122223333, 123456738923, 222233334444; valid through 2027-01-30.',
    ]);
    expect(lines).toContain(
      'EC2 declarative policy "ami-governance-declarative-policy" (p-dec0ami1): update content',
    );
    expect(lines.filter(l => l.startsWith('    '))).toEqual([
      '    - 555566667777 (expired 2026-12-01)',
      '    - 555566667777 (expired 2026-12-01)',
    ]);
    expect(lines).toContain('  attached to: Root (r-ab12)');
    expect(lines).toContain(
      '  1. UpdatePolicy ami-governance-declarative-policy (p-dec0ami1)',
    );
    expect(lines).toContain('  2. UpdatePolicy scp-ami-guardrail (p-scp0ami1)');
    expect(lines[lines.length - 1]).toBe(
      'Plan: 0 to create, 2 to update, 0 to attach, 0 to detach.',
    );
  });

  it('lists what a new policy holds, and says when there is nothing to do', () => {
    const created = planSummary(fixturePlan());
    expect(created).toContain(
      '    + 222233334444 (exception CLOUD-1234 until 2027-01-30)',
    );
    expect(created).toContain('    + 123456738923 (ops publisher)');
    expect(created).toContain(
      '  mode (allowed_images_settings): not set -> audit_mode',
    );
    expect(created).toContain('  attach to: Root (r-ab12)');

    const same = planSummary(fixturePlan({}, deployedAsOf('2026-11-23')));
    expect(same).toContain(
      'Service control policy "scp-ami-guardrail" (p-scp0ami1): content unchanged',
    );
    expect(same[same.length - 1]).toBe(
      'No changes: AWS holds what the config generates.',
    );
  });

  it('shows refusals with the override that lifts them', () => {
    const readiness = {
      collectedAt: '2026-11-22T06:00:00Z',
      blocked: { instances: 3, launchTemplates: 2 },
      coverage: { collectedAccountIds: FIXTURE_ACCOUNTS },
    };
    const plan = fixturePlan(
      { readiness },
      undefined,
      TODAY,
      enabledConfig(tempDir()),
    );
    const lines = planSummary(plan);
    expect(lines).toContain('Refused: apply will not run this plan.');
    expect(lines.find(l => l.startsWith('  refused: '))).toBe(
      '  refused: would-block-launches: Switching allowed_images_settings to "enabled" would block 5 launches (3 instance(s), 2 launch template(s), per the readiness report of 2026-11-22T06:00:00Z). Move those workloads to allowed AMIs or add exceptions first; to go ahead anyway, pass --accept-blocking 5. (override: --accept-blocking 5)',
    );
    expect(describeStep(plan, plan.steps[2])).toBe(
      'AttachPolicy ami-governance-declarative-policy -> Root (r-ab12)',
    );
  });
});
