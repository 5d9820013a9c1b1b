import { exception, rawConfig, TODAY } from '../__fixtures__/configs';
import {
  COLLECTED_AT,
  deployedContents,
  expectedFixture,
  ORG,
  snapshotFixture,
} from '../__fixtures__/snapshots';
import { parseGovernanceConfig } from '../config/parseConfig';
import type { OrganizationSnapshot } from '../organization/snapshotSchema';
import { accountAwsAndGit, AccountAwsAndGitQuestion } from './accountAwsAndGit';
import { effectiveAllowedImagesOf } from '../explain/launchLayers';

const NOW = new Date('2026-11-23T12:00:00Z');
const REGIONS_AT = '2026-11-23T07:00:00Z';
/** A team account holding an exception as a publisher, in the Workloads OU. */
const TEAM = '777788889999';
const ACTIVE_UNTIL = '2026-12-10';
const LAPSED_ON = '2026-11-01';

/** The fixture config (its allowlist is what the fixture snapshot deploys), with changes. */
function config(changes: Record<string, unknown> = {}) {
  const raw = rawConfig();
  const parsed = parseGovernanceConfig({
    ...raw,
    policy_config: {
      ...raw.policy_config,
      additional_image_providers: ['aws-marketplace'],
    },
    ...changes,
  });
  if (!parsed.ok) throw new Error('test config is invalid');
  return parsed.config;
}

/** The fixture organization with TEAM in it; `teamDeployed`: the deployed policies list TEAM. */
function organization(teamDeployed = false): OrganizationSnapshot {
  const snapshot = snapshotFixture();
  const expected = expectedFixture();
  const content = deployedContents(
    teamDeployed
      ? { ...expected, allowlist: [...expected.allowlist, TEAM].sort() }
      : expected,
  );
  snapshot.policies.declarativePolicy!.content = content.declarativePolicy;
  snapshot.policies.scp!.content = content.scp;
  snapshot.accounts.push({
    id: TEAM,
    name: 'team-alpha',
    parentId: 'ou-test1-workloads',
    status: 'ACTIVE',
    effectiveDeclarativePolicy: content.declarativePolicy,
  });
  return snapshot;
}

function ask(
  accountId: string,
  snapshot: OrganizationSnapshot | undefined,
  more: Partial<AccountAwsAndGitQuestion> = {},
) {
  const content = snapshot?.accounts.find(
    a => a.id === accountId,
  )?.effectiveDeclarativePolicy;
  return accountAwsAndGit({
    accountId,
    ...(snapshot && {
      organization: { snapshot, collectedAt: COLLECTED_AT },
    }),
    effective: content ? effectiveAllowedImagesOf(content) : undefined,
    config: config(),
    today: TODAY,
    now: NOW,
    ...more,
  });
}

describe('accountAwsAndGit', () => {
  it('an exception lapsed in Git but still deployed: allowed today, the next apply removes it, until the lapse', () => {
    const answer = ask(TEAM, organization(true), {
      config: config({
        exception_accounts: [
          exception(TEAM, LAPSED_ON, { approval_date: '2026-09-01' }),
        ],
      }),
    });
    expect(answer.headline).toBe(
      'AMIs from this account: Allowed today; not after the next apply',
    );
    expect(answer.until).toBe(LAPSED_ON);
    expect(answer.changes).toEqual(['publisher']);
    expect(answer.publisher).toMatchObject({
      action: 'move-off-now',
      until: LAPSED_ON,
      exception: { account_id: TEAM, state: 'lapsed' },
    });
    expect(answer.publisher!.sentence).toBe(
      `Allowed today because AWS still lists ${TEAM}; its exception lapsed on ${LAPSED_ON}; the next apply removes it (then launches are denied); move off it now.`,
    );
    expect(answer.publisher!.aws.sentence).toBe(
      `AWS enforces today (deployed policies collected ${COLLECTED_AT}): a launch of AMIs from ${TEAM} in the accounts the policies govern goes ahead.`,
    );
  });

  it('an exception merged in Git but not applied: takes effect at the next apply, no request needed, until its expiry', () => {
    const answer = ask(TEAM, organization(false), {
      config: config({ exception_accounts: [exception(TEAM, ACTIVE_UNTIL)] }),
    });
    expect(answer.headline).toBe(
      'AMIs from this account: Denied today; Git allows it from the next apply',
    );
    expect(answer.until).toBe(ACTIVE_UNTIL);
    expect(answer.publisher).toMatchObject({
      action: 'wait-for-apply',
      verdict: 'denied',
      git: { verdict: 'allowed' },
    });
    expect(answer.publisher!.sentence).toContain(
      'it takes effect at the next apply; no request is needed',
    );
    expect(answer.publisher!.git.sentence).toContain(
      `until ${ACTIVE_UNTIL}, when the exception for ${TEAM} expires`,
    );
  });

  it('an exception narrowed to image names: its AMIs so named are allowed, in words, with no move-off', () => {
    const answer = ask(TEAM, organization(true), {
      config: config({
        exception_accounts: [
          exception(TEAM, ACTIVE_UNTIL, { image_names: ['legacy-batch-*'] }),
        ],
      }),
    });
    expect(answer.publisher).toMatchObject({
      action: 'move-before-expiry',
      git: {
        verdict: 'allowed',
        layers: {
          allowedImages: {
            verdict: 'allowed',
            why: `criteria_2 lists publisher ${TEAM}, and allows only its AMIs with image names legacy-batch-*.`,
          },
        },
      },
    });
  });

  it('an exception in force on both sides bounds the answer by its last day', () => {
    const answer = ask(TEAM, organization(true), {
      config: config({ exception_accounts: [exception(TEAM, ACTIVE_UNTIL)] }),
    });
    expect(answer.headline).toBe(
      `AMIs from this account: Allowed until ${ACTIVE_UNTIL}`,
    );
    expect(answer.until).toBe(ACTIVE_UNTIL);
    expect(answer.changes).toEqual([]);
  });

  it('says what AWS enforces for launches in the account, with when, and that the next apply keeps it', () => {
    const answer = ask(ORG.publisher, organization(), {
      regions: {
        collectedAt: REGIONS_AT,
        measured: 2,
        notEnforcing: ['eu-central-2'],
        unmeasured: 0,
      },
    });
    expect(answer).toMatchObject({
      headline: 'AWS enforces what Git says here',
      changes: [],
      aws: {
        mode: 'audit_mode',
        reach: { declarativePolicy: true, scp: true },
        collectedAt: COLLECTED_AT,
        regionsCollectedAt: REGIONS_AT,
      },
      git: {
        mode: 'audit_mode',
        reach: { declarativePolicy: true, scp: true },
      },
      // The golden publisher: allowed on both sides with no end date.
      publisher: { action: 'none', verdict: 'allowed' },
    });
    expect(answer.until).toBeUndefined();
    expect(answer.aws.sentence).toBe(
      `AWS enforces today for account ${ORG.publisher} (deployed policies collected ${COLLECTED_AT}, the regional settings collected ${REGIONS_AT}): the declarative policy reaches it and sets Allowed AMIs to audit_mode; the AMI guardrail SCP governs it; 1 of its 2 regions read does not enforce what its effective policy sets yet (eu-central-2).`,
    );
    expect(answer.git.sentence).toBe(
      'Git (what the next apply deploys): the declarative policy reaches it and sets Allowed AMIs to audit_mode; the AMI guardrail SCP governs it; the next apply changes nothing for launches here.',
    );
  });

  it('a mode merged in Git but not applied changes the mode at the next apply', () => {
    const raw = rawConfig();
    const answer = ask(ORG.paymentsDev, organization(), {
      config: config({
        policy_config: {
          ...raw.policy_config,
          enforcement_mode: 'enabled',
          additional_image_providers: ['aws-marketplace'],
        },
      }),
    });
    expect(answer.headline).toBe(
      'The next apply changes the Allowed AMIs mode here',
    );
    expect(answer).toMatchObject({
      changes: ['mode'],
      aws: { mode: 'audit_mode' },
      git: { mode: 'enabled' },
    });
    // Not a publisher: nothing said about its AMIs.
    expect(answer.publisher).toBeUndefined();
    expect(answer.git.sentence).toBe(
      'Git (what the next apply deploys): the declarative policy reaches it and sets Allowed AMIs to enabled (today the declarative policy reaches it and sets Allowed AMIs to audit_mode); the AMI guardrail SCP governs it; these take effect at the next apply.',
    );
  });

  it('an account the declarative policy does not reach: the next apply attaches it at the root', () => {
    const answer = ask(ORG.sandbox, organization());
    expect(answer).toMatchObject({
      headline:
        'The next apply changes where the declarative policy reaches here',
      changes: ['declarative-policy-reach'],
      aws: { mode: null, reach: { declarativePolicy: false, scp: true } },
      git: { mode: 'audit_mode', reach: { declarativePolicy: true } },
    });
    expect(answer.aws.sentence).toContain(
      'no declarative policy reaches it, so each region keeps an Allowed AMIs setting of its own; the AMI guardrail SCP governs it',
    );
  });

  it('the management account: the SCP never restricts it, today or after the next apply', () => {
    const answer = ask(ORG.management, organization());
    expect(answer.aws.reach.scp).toBe(false);
    expect(answer.git.reach.scp).toBe(false);
    expect(answer.changes).toEqual([]);
    expect(answer.aws.sentence).toContain(
      'the AMI guardrail SCP does not restrict it',
    );
  });

  it('an account outside the organization: nothing can be said', () => {
    const answer = ask('999999999999', organization());
    expect(answer.headline).toBe('Not an account of this organization');
    expect(answer.changes).toEqual([]);
    expect(answer.publisher).toBeUndefined();
    expect(answer.aws.sentence).toContain('does not hold account 999999999999');
  });

  it('without an organization snapshot, says AWS is not known rather than allowed', () => {
    const answer = ask(ORG.paymentsDev, undefined);
    expect(answer.headline).toBe(
      'What AWS enforces is not known: no organization snapshot collected',
    );
    expect(answer.aws.sentence).toBe(
      `AWS enforces today for account ${ORG.paymentsDev} (no organization snapshot collected): nothing can be said.`,
    );
    expect(answer.git.sentence).toContain(
      'not known without an organization snapshot',
    );
  });
});
