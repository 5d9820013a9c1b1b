import type { ApiComponents } from '../api/contract';
import type { GovernanceConfig } from '../config/schema';
import type { IsoDate } from '../lib/dates';
import { readScp } from '../policies/readScp';
import { computeAllowlist } from '../config/publishers';
import type { OrganizationParts } from './accountStanding';
import { explainLaunch, LaunchExplanation } from '../explain/explainLaunch';
import type { AllowedImagesLayerInput } from '../explain/launchLayerVerdicts';
import {
  effectiveAllowedImagesOf,
  launchMembershipOf,
  nextApplyReachOf,
  scpLayerOf,
  todayReachOf,
} from '../explain/launchLayers';
import {
  AccountChange,
  accountHeadline,
  AccountRules,
  awsAccountSentence,
  gitAccountSentence,
  RegionsMeasured,
} from '../explain/launchWords';
import { nextApplyLayers } from './nextApply';

export type {
  AccountChange,
  AccountRules,
  RegionsMeasured,
} from '../explain/launchWords';

/** What AWS enforces for an account today against what the next apply deploys. @public */
export type AccountAwsAndGit = ApiComponents['schemas']['AccountAwsAndGit'];

/** What the account's AWS-and-Git statement is made from. @public */
export type AccountAwsAndGitQuestion = {
  accountId: string;
  /** The newest organization snapshot and when it was collected; absent before the first. */
  organization?: { snapshot: OrganizationParts; collectedAt: string };
  /**
   * Allowed AMIs as the account's effective (deployed) declarative policy sets it: what its regions
   * are measured against; absent when no declarative policy reaches it or it sets no state.
   */
  effective?: AllowedImagesLayerInput;
  /** The account's regions in the newest workload collection, measured against `effective`. */
  regions?: RegionsMeasured & { collectedAt?: string };
  config: GovernanceConfig;
  today: IsoDate;
  now: Date;
};

/** Where the publisher answer's launches happen: any account the policies govern. */
const GOVERNED = 'the accounts the policies govern';

const modeOf = (layer: AllowedImagesLayerInput | undefined) =>
  layer ? layer.state.replace(/-/g, '_') : null;

/** Whether Git or a deployed policy names the account as a publisher: only then is the answer worth giving. */
function namesPublisher(
  q: AccountAwsAndGitQuestion,
  snapshot: OrganizationParts,
  deployedLayer: AllowedImagesLayerInput | undefined,
): boolean {
  const { accountId, config } = q;
  if (computeAllowlist(config, q.today).providers.includes(accountId))
    return true;
  if (config.exception_accounts.some(e => e.account_id === accountId))
    return true;
  const scp = snapshot.policies.scp && readScp(snapshot.policies.scp.content);
  const scpLists =
    scp?.ok && scp.policy.launchGuard?.providers.includes(accountId);
  const policyLists = deployedLayer?.criteria.some(c =>
    c.providers?.includes(accountId),
  );
  return Boolean(scpLists || policyLists);
}

/**
 * The account as a publisher: the launch explainer's answer for AMIs it owns launched in an account
 * both deployed policies govern (the deployed declarative policy's document, the SCP's launch guard),
 * against the config's allowlist where the next apply attaches both.
 */
function publisherAnswer(
  q: AccountAwsAndGitQuestion,
  snapshot: OrganizationParts,
  collectedAt: string,
): LaunchExplanation | undefined {
  const deployed = snapshot.policies.declarativePolicy;
  const allowedImages = deployed
    ? effectiveAllowedImagesOf(deployed.content)
    : undefined;
  if (!namesPublisher(q, snapshot, allowedImages)) return undefined;
  const scp = snapshot.policies.scp;
  return explainLaunch({
    // No account: `where` names the launching accounts, and '' is no AMI's owner.
    accountId: '',
    where: GOVERNED,
    image: { ownerId: q.accountId },
    ...(allowedImages && deployed!.targets.length > 0 && { allowedImages }),
    scp: {
      ...scpLayerOf(snapshot, ''),
      governs: Boolean(scp && scp.targets.length > 0),
    },
    membership: 'member',
    nextApplyReach: { declarativePolicy: true, scp: true },
    collected: { organization: collectedAt },
    config: q.config,
    today: q.today,
    now: q.now,
  });
}

function changesOf(
  today: AccountRules,
  next: AccountRules,
  publisher: LaunchExplanation | undefined,
): AccountChange[] {
  const changes: AccountChange[] = [];
  if (today.reach.declarativePolicy !== next.reach.declarativePolicy)
    changes.push('declarative-policy-reach');
  else if (today.reach.declarativePolicy && today.mode !== next.mode)
    changes.push('mode');
  if (today.reach.scp !== next.reach.scp) changes.push('scp-reach');
  if (
    publisher?.action === 'wait-for-apply' ||
    publisher?.action === 'move-off-now'
  )
    changes.push('publisher');
  return changes;
}

/**
 * What AWS enforces for one account today (the mode its effective declarative policy sets, which
 * policies reach it, how many of its regions enforce that policy, when each was collected) and what
 * the next apply deploys (the config where apply attaches it), with the changes between them; when
 * Git or a deployed policy names the account as a publisher, the launch explainer's answer for its
 * AMIs, whose `until` the statement carries. The words are the explainer's (launchWords).
 * @public
 */
export function accountAwsAndGit(
  q: AccountAwsAndGitQuestion,
): AccountAwsAndGit {
  const { accountId, organization, config } = q;
  const collected = {
    organization: organization?.collectedAt,
    region: q.regions?.collectedAt,
  };
  const times = {
    ...(organization && { collectedAt: organization.collectedAt }),
    ...(q.regions?.collectedAt && {
      regionsCollectedAt: q.regions.collectedAt,
    }),
  };
  const regions = q.regions && {
    measured: q.regions.measured,
    notEnforcing: q.regions.notEnforcing,
    unmeasured: q.regions.unmeasured,
  };
  const membership = launchMembershipOf(organization?.snapshot, accountId);
  if (!organization || membership === 'outside') {
    const none = {
      mode: null,
      reach: { declarativePolicy: false, scp: false },
    };
    if (membership === 'outside') {
      // The explainer's answer for an account the organization does not hold: nothing can be said.
      const outside = explainLaunch({
        accountId,
        membership,
        scp: { governs: false, known: false },
        collected,
        config,
        today: q.today,
        now: q.now,
      });
      return {
        headline: outside.headline,
        changes: [],
        aws: {
          ...none,
          sentence: outside.aws.sentence,
          ...times,
          ...(regions && { regions }),
        },
        git: { ...none, sentence: outside.git.sentence },
      };
    }
    return {
      headline:
        'What AWS enforces is not known: no organization snapshot collected',
      changes: [],
      aws: {
        ...none,
        sentence: awsAccountSentence(accountId, undefined, collected),
        ...times,
        ...(regions && { regions }),
      },
      git: { ...none, sentence: gitAccountSentence(undefined, undefined, []) },
    };
  }
  const { snapshot, collectedAt } = organization;
  const today: AccountRules = {
    mode: modeOf(q.effective),
    reach: todayReachOf(snapshot, accountId),
  };
  const nextReach = nextApplyReachOf(snapshot, config, accountId);
  const nextLayers = nextApplyLayers(config, q.today, nextReach, {
    allowedImages: q.effective,
    scp: scpLayerOf(snapshot, accountId),
  });
  const next: AccountRules = {
    mode: modeOf(nextLayers.allowedImages),
    reach: nextReach,
  };
  const publisher = publisherAnswer(q, snapshot, collectedAt);
  const changes = changesOf(today, next, publisher);
  const telling =
    publisher && publisher.action !== 'none' ? publisher : undefined;
  return {
    headline: accountHeadline(changes, telling?.headline),
    ...(publisher?.until && { until: publisher.until }),
    changes,
    aws: {
      ...today,
      sentence: awsAccountSentence(accountId, today, collected, regions),
      ...times,
      ...(regions && { regions }),
    },
    git: { ...next, sentence: gitAccountSentence(next, today, changes) },
    ...(publisher && {
      publisher: {
        verdict: publisher.verdict,
        headline: publisher.headline,
        sentence: publisher.sentence,
        action: publisher.action,
        whatToDo: publisher.whatToDo,
        ...(publisher.until && { until: publisher.until }),
        ...(publisher.exception && { exception: publisher.exception }),
        aws: publisher.aws,
        git: publisher.git,
      },
    }),
  };
}
