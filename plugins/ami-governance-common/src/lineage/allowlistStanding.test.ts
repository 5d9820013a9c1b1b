import { exception, rawConfig, TODAY } from '../__fixtures__/configs';
import { parseGovernanceConfig } from '../config/parseConfig';
import { allowlistStanding, imageCriteriaStanding } from './allowlistStanding';

const NOW = new Date(`${TODAY}T12:00:00Z`);
const OPS = '123456738923';
const TEAM = '777788889999';

function config(changes: Record<string, unknown> = {}) {
  const parsed = parseGovernanceConfig({ ...rawConfig(), ...changes });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.findings));
  return parsed.config;
}

describe('allowlistStanding', () => {
  it('is unknown, never "not allowed", when the owner is not known', () => {
    expect(allowlistStanding({}, config(), TODAY)).toMatchObject({
      status: 'unknown',
      reason: expect.stringContaining('owner is not known'),
    });
  });

  it('names the entry that lists the owner, and says when none does', () => {
    expect(allowlistStanding({ ownerId: OPS }, config(), TODAY)).toEqual({
      status: 'allowed',
      reason: `Owner ${OPS} is listed by ops_publisher_account (Ops golden AMI publisher).`,
      category: 'ops',
      path: 'ops_publisher_account',
      name: 'Ops golden AMI publisher',
    });
    expect(
      allowlistStanding({ ownerId: '999999999999' }, config(), TODAY),
    ).toEqual({
      status: 'not-allowed',
      reason: `Owner 999999999999 is on no entry of the allowlist on ${TODAY}.`,
    });
  });

  it('is unknown when only an alias no entry lists is known: an entry may list the account ID', () => {
    expect(
      allowlistStanding({ ownerAlias: 'amazon' }, config(), TODAY),
    ).toMatchObject({ status: 'unknown' });
  });

  it('a lapsed exception does not admit its owner; an active one listing it too does', () => {
    const lapsed = exception(TEAM, '2026-11-20');
    const withLapsed = config({ exception_accounts: [lapsed] });
    expect(
      allowlistStanding({ ownerId: TEAM }, withLapsed, TODAY),
    ).toMatchObject({
      status: 'not-allowed',
      path: 'exception_accounts[0]',
      reason: expect.stringContaining('expired on 2026-11-20'),
    });
    const both = config({
      exception_accounts: [lapsed, exception(TEAM, '2026-12-20')],
    });
    expect(allowlistStanding({ ownerId: TEAM }, both, TODAY)).toMatchObject({
      status: 'allowed',
      path: 'exception_accounts[1]',
    });
  });
});

describe('imageCriteriaStanding', () => {
  const named = config({
    ops_publisher_account: {
      ...rawConfig().ops_publisher_account,
      image_names: ['acme-golden-*'],
    },
  });

  // The vendors (no constraints) share criteria_1; the named ops publisher gets criteria_2.
  it('uses the one evaluator: an allowlisted owner can still be refused by name', () => {
    expect(
      imageCriteriaStanding(
        { ownerId: OPS, name: 'acme-golden-al2023' },
        named,
        TODAY,
        NOW,
      ),
    ).toMatchObject({ status: 'allowed', criterion: 'criteria_2' });
    const refused = imageCriteriaStanding(
      { ownerId: OPS, name: 'scratch-build' },
      named,
      TODAY,
      NOW,
    );
    expect(refused.status).toBe('refused');
    expect(refused.reason).toContain('scratch-build');
  });

  it('refuses a disabled or deregistered AMI whatever the criteria say', () => {
    for (const state of ['disabled', 'deregistered'])
      expect(
        imageCriteriaStanding(
          { ownerId: OPS, name: 'acme-golden-al2023', state },
          named,
          TODAY,
          NOW,
        ),
      ).toMatchObject({
        status: 'refused',
        reason: expect.stringContaining(state),
      });
  });

  it('is unknown for an AMI never described when only a deprecation-limited criterion allows it', () => {
    const limited = config({
      policy_config: {
        ...rawConfig().policy_config,
        max_days_since_deprecated: 30,
      },
    });
    const image = {
      ownerId: OPS,
      name: 'acme',
      creationDate: `${TODAY}T00:00:00Z`,
    };
    // Described (its state read): no deprecation time means not deprecated.
    expect(
      imageCriteriaStanding(
        { ...image, state: 'available' },
        limited,
        TODAY,
        NOW,
      ).status,
    ).toBe('allowed');
    // Known only from a chain: its deprecation was never read.
    expect(imageCriteriaStanding(image, limited, TODAY, NOW)).toMatchObject({
      status: 'unknown',
      reason: expect.stringContaining('did not read its deprecation'),
    });
  });

  it('is unknown when the owner, or the fact a criterion judges by, was not collected', () => {
    expect(imageCriteriaStanding({}, named, TODAY, NOW).status).toBe('unknown');
    expect(
      imageCriteriaStanding({ ownerId: OPS }, named, TODAY, NOW),
    ).toMatchObject({
      status: 'unknown',
      reason:
        'criteria_2 judges this AMI by its name, which the collection did not read.',
    });
    // A publisher nobody lists is refused whatever its name: no fact is missing for that.
    expect(
      imageCriteriaStanding({ ownerId: '999999999999' }, named, TODAY, NOW)
        .status,
    ).toBe('refused');
  });
});
