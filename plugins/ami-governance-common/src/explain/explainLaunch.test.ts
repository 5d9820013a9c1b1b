import { parseGovernanceConfig } from '../config/parseConfig';
import { explainLaunch, LaunchQuestion } from './explainLaunch';
import { criteriaFromConfig } from '../workloads/impact';

const NOW = new Date('2026-11-23T12:00:00Z');
const TODAY = '2026-11-23';
const ACCOUNT = '222233334444';
const OPS = '123456738923';
const VENDOR = '111122223333';
const EXCEPTION = '777788889999';
const OUTSIDER = '999988887777';

function config() {
  const parsed = parseGovernanceConfig({
    ops_publisher_account: { account_id: OPS },
    vendor_publisher_accounts: [
      { account_id: VENDOR, vendor_name: 'InfoBlox' },
    ],
    exception_accounts: [
      {
        account_id: EXCEPTION,
        expires_on: '2026-12-01',
        reason: 'Migration',
        exception_type: 'migration',
        approval_date: '2026-11-01',
      },
    ],
    policy_config: {
      enforcement_mode: 'audit_mode',
      additional_image_providers: ['amazon'],
    },
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.findings));
  return parsed.config;
}

const CONFIG = config();
const CRITERIA = criteriaFromConfig(CONFIG, TODAY)!;
const SCP_LIST = [OPS, VENDOR, EXCEPTION, 'amazon'];

function ask(overrides: Partial<LaunchQuestion> = {}) {
  return explainLaunch({
    accountId: ACCOUNT,
    region: 'eu-west-1',
    image: { imageId: 'ami-1', ownerId: OUTSIDER },
    allowedImages: {
      source: 'region-setting',
      state: 'enabled',
      criteria: CRITERIA,
    },
    scp: { governs: true, launchGuardProviders: SCP_LIST },
    config: CONFIG,
    today: TODAY,
    now: NOW,
    ...overrides,
  });
}

describe('explainLaunch', () => {
  it('denies an outside publisher under enabled and a governing SCP, and says what to do', () => {
    const answer = ask();
    expect(answer.verdict).toBe('denied');
    expect(answer.layers?.allowedImages.verdict).toBe('not-allowed');
    expect(answer.layers?.scp.verdict).toBe('denied');
    expect(answer.sentence).toBe(
      `No: account ${ACCOUNT} may not launch AMIs from ${OUTSIDER}.`,
    );
    expect(answer.nextSteps).toEqual(['use-golden-ami', 'request-exception']);
  });

  it('allows the ops publisher with no end date and no next step', () => {
    const answer = ask({ image: { ownerId: OPS } });
    expect(answer.verdict).toBe('allowed');
    expect(answer.until).toBeUndefined();
    expect(answer.nextSteps).toEqual([]);
    expect(answer.layers?.allowedImages.matched).toBe('criteria_1');
  });

  it('says until when an exception keeps a publisher allowed', () => {
    const answer = ask({ image: { ownerId: EXCEPTION } });
    expect(answer.verdict).toBe('allowed');
    expect(answer.until).toBe('2026-12-01');
    expect(answer.exception).toEqual({
      account_id: EXCEPTION,
      expires_on: '2026-12-01',
      state: 'active',
      type: 'migration',
    });
    expect(answer.action).toBe('move-before-expiry');
    expect(answer.sentence).toContain('it holds until 2026-12-01');
  });

  it('answers for a date after the exception lapses: both layers then deny', () => {
    const onExpiry = ask({ image: { ownerId: EXCEPTION }, on: '2026-12-01' });
    expect(onExpiry.verdict).toBe('allowed');
    const after = ask({ image: { ownerId: EXCEPTION }, on: '2026-12-02' });
    expect(after.verdict).toBe('denied');
    expect(after.asOf).toBe('2026-12-02');
    expect(after.layers?.allowedImages.verdict).toBe('not-allowed');
    expect(after.layers?.scp.verdict).toBe('denied');
  });

  it('in audit mode lets an outside publisher through, reported only, if the SCP does not govern', () => {
    const answer = ask({
      allowedImages: {
        source: 'region-setting',
        state: 'audit-mode',
        criteria: CRITERIA,
      },
      scp: { governs: false, launchGuardProviders: SCP_LIST },
    });
    expect(answer.verdict).toBe('audit-only');
    expect(answer.layers?.allowedImages.state).toBe('audit_mode');
    expect(answer.layers?.scp.verdict).toBe('not-governed');
    expect(answer.sentence).toContain('only reported');
  });

  it('the SCP still denies in audit mode when it governs the account', () => {
    const answer = ask({
      allowedImages: {
        source: 'effective-policy',
        state: 'audit_mode',
        criteria: CRITERIA,
      },
    });
    expect(answer.layers?.allowedImages.verdict).toBe('audit-only');
    expect(answer.verdict).toBe('denied');
  });

  it('self-owned AMIs: Allowed AMIs allows them, the SCP does not exempt them', () => {
    const answer = ask({ image: { ownerId: ACCOUNT } });
    expect(answer.layers?.allowedImages).toMatchObject({
      verdict: 'allowed',
      matched: 'self-owned',
    });
    expect(answer.layers?.scp.verdict).toBe('denied');
    expect(answer.layers?.scp.why).toContain('no exemption for self-owned');
    expect(answer.verdict).toBe('denied');
    const ungoverned = ask({
      image: { ownerId: ACCOUNT },
      scp: { governs: false },
    });
    expect(ungoverned.verdict).toBe('allowed');
  });

  it('an owner alias counts as its alias in both layers', () => {
    const answer = ask({
      image: { ownerId: '137112412989', ownerAlias: 'amazon' },
    });
    expect(answer.verdict).toBe('allowed');
    expect(answer.layers?.scp.owner).toBe('amazon');
    const marketplace = ask({
      image: { ownerId: '679593333241', ownerAlias: 'aws-marketplace' },
    });
    expect(marketplace.verdict).toBe('denied');
    expect(marketplace.layers?.scp.owner).toBe('aws-marketplace');
  });

  it('a disabled setting checks nothing; an unknown setting says so', () => {
    const disabled = ask({
      allowedImages: {
        source: 'region-setting',
        state: 'disabled',
        criteria: [],
      },
      scp: { governs: false },
    });
    expect(disabled.layers?.allowedImages.verdict).toBe('not-enforced');
    expect(disabled.verdict).toBe('allowed');
    const unknown = ask({ allowedImages: undefined, scp: { governs: false } });
    expect(unknown.layers?.allowedImages.source).toBe('none');
  });

  it('a governing SCP without a launch guard does not deny', () => {
    const answer = ask({
      allowedImages: undefined,
      scp: { governs: true },
    });
    expect(answer.layers?.scp.verdict).toBe('no-launch-guard');
    expect(answer.verdict).toBe('allowed');
  });

  it('an SCP layer nobody collected is unknown, and does not deny', () => {
    const answer = ask({ scp: { governs: false, known: false } });
    expect(answer.layers?.scp.verdict).toBe('unknown');
    expect(answer.layers?.scp.why).toContain('No organization snapshot');
    expect(answer.verdict).toBe('denied'); // Allowed AMIs (enabled) still refuses it
  });

  it('an AMI it cannot resolve asks for the owner, saying why', () => {
    const hidden = ask({
      image: undefined,
      unresolvedImage: { imageId: 'ami-0abc', reason: 'hidden' },
    });
    expect(hidden.verdict).toBe('unknown');
    expect(hidden.sentence).toContain('enabled mode hides');
    expect(hidden.nextSteps).toEqual(['give-owner']);
    const unknown = ask({
      image: undefined,
      unresolvedImage: { imageId: 'ami-0abc', reason: 'unknown' },
    });
    expect(unknown.sentence).toContain('ami-0abc is not one the portal knows');
  });
});
