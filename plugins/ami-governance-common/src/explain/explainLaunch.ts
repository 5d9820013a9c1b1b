import type { ApiComponents } from '../api/contract';
import type { ExceptionEntry, GovernanceConfig } from '../config/schema';
import type { IsoDate } from '../lib/dates';
import { computeAllowlist } from '../config/publishers';
import type { ImageFacts } from '../workloads/imageAllowed';
import {
  AllowedImagesLayerInput,
  allowedImagesVerdict,
  combinedVerdict,
  scpVerdict,
  ScpLayerInput,
} from './launchLayerVerdicts';
import {
  awsSentence,
  gitSentence,
  LaunchAction,
  launchHeadline,
  LaunchMembership,
  launchSentence,
  LaunchStory,
  whatToDo,
} from './launchWords';
import { NextApplyReach, nextApplyLayers } from '../workloads/nextApply';
import { ec2OwnerOf } from './scpLaunch';

export type {
  AllowedImagesLayerInput,
  AllowedImagesLayerVerdict,
  ScpLayerInput,
  ScpLayerVerdict,
  LaunchSideVerdict,
} from './launchLayerVerdicts';
export type { LaunchAction, LaunchMembership } from './launchWords';

/** What the explainer needs to know about one launch. @public */
export type LaunchQuestion = {
  accountId: string;
  region?: string;
  /** The image's facts; for an owner-only question `ownerId` may be an alias such as `amazon`. */
  image?: ImageFacts;
  /** Why the image is not known, when `image` is absent. */
  unresolvedImage?: { imageId: string; reason: 'unknown' | 'hidden' };
  /** What AWS applies today. Absent: nothing governs Allowed AMIs in this account-region as far as the portal knows. */
  allowedImages?: AllowedImagesLayerInput;
  /** The deployed SCP as it reaches the account today. */
  scp: ScpLayerInput;
  /** The account in the newest organization snapshot (default `unknown`: no snapshot). */
  membership?: LaunchMembership;
  /** Where the next apply's policies reach the account; default: where today's reach it. */
  nextApplyReach?: NextApplyReach;
  /** When AWS's facts were collected: the organization snapshot, and the account-region's setting. */
  collected?: { organization?: string; region?: string };
  /**
   * The words for where the launch happens when it is not one account (an account's standing as a
   * publisher: `the accounts the policies govern`); `accountId` then matches no AMI owner.
   */
  where?: string;
  config: GovernanceConfig;
  today: IsoDate;
  /** The date to answer for (default today): exceptions that lapse before it no longer count. */
  on?: IsoDate;
  now: Date;
};

/** The answer to one launch question: AWS today and Git's next apply apart, the action and the date that bounds it. @public */
export type LaunchExplanation = Pick<
  ApiComponents['schemas']['LaunchExplanation'],
  | 'verdict'
  | 'headline'
  | 'sentence'
  | 'asOf'
  | 'membership'
  | 'aws'
  | 'git'
  | 'action'
  | 'whatToDo'
  | 'layers'
  | 'until'
  | 'exception'
  | 'nextSteps'
>;

/** Providers in today's allowlist that the allowlist of `on` no longer has: exceptions lapsing before then. */
function lapsedBy(config: GovernanceConfig, today: IsoDate, on: IsoDate) {
  const later = new Set(computeAllowlist(config, on).providers);
  return new Set(
    computeAllowlist(config, today).providers.filter(p => !later.has(p)),
  );
}

/**
 * Git's exception for `image`'s publisher on `asOf`: the one in force (latest expiry first), else the
 * latest that lapsed before it; none for a publisher Git allows with no end date.
 */
function exceptionFor(
  config: GovernanceConfig,
  image: ImageFacts,
  asOf: IsoDate,
): (ExceptionEntry & { state: 'active' | 'lapsed' }) | undefined {
  const owners = [image.ownerId, ec2OwnerOf(image)];
  const permanent =
    owners.includes(config.ops_publisher_account.account_id) ||
    config.vendor_publisher_accounts.some(v => owners.includes(v.account_id));
  if (permanent) return undefined;
  const latest = config.exception_accounts
    .filter(e => owners.includes(e.account_id))
    .sort((a, b) => b.expires_on.localeCompare(a.expires_on))[0];
  if (!latest) return undefined;
  return { ...latest, state: latest.expires_on >= asOf ? 'active' : 'lapsed' };
}

function actionOf(aws: string, git: string): LaunchAction {
  if (git === 'allowed') return aws === 'allowed' ? 'none' : 'wait-for-apply';
  return aws === 'allowed' ? 'move-off-now' : 'request-exception';
}

const NEXT_STEPS: Record<LaunchAction, LaunchExplanation['nextSteps']> = {
  none: [],
  'move-before-expiry': ['use-golden-ami', 'request-exception'],
  'wait-for-apply': [],
  'move-off-now': ['use-golden-ami', 'request-exception'],
  'request-exception': ['use-golden-ami', 'request-exception'],
  'check-account': [],
  'give-owner': ['give-owner'],
};

const GIT_UNKNOWN =
  'Git (what the next apply deploys): its allowlist governs only accounts of the organization.';

/** An answer that cannot judge the launch: an account outside the organization, or an AMI not resolved. */
function unknownAnswer(
  q: LaunchQuestion,
  asOf: IsoDate,
  membership: LaunchMembership,
): LaunchExplanation {
  if (membership === 'outside') {
    const story = {
      accountId: q.accountId,
      owner: '',
      aws: 'unknown',
      git: 'unknown',
      action: 'check-account',
      awsLists: false,
    } as const;
    return {
      verdict: 'unknown',
      headline: launchHeadline(story),
      sentence: launchSentence(story),
      asOf,
      membership,
      aws: {
        verdict: 'unknown',
        sentence: `AWS: the organization snapshot${
          q.collected?.organization
            ? ` collected ${q.collected.organization}`
            : ''
        } does not hold account ${
          q.accountId
        }, so none of the organization's policies is known to apply there.`,
        ...(q.collected?.organization && {
          collectedAt: q.collected.organization,
        }),
      },
      git: { verdict: 'unknown', sentence: GIT_UNKNOWN },
      action: 'check-account',
      whatToDo: whatToDo(story),
      nextSteps: [],
    };
  }
  const imageId = q.unresolvedImage?.imageId ?? 'the AMI';
  const unresolved = 'The AMI is not resolved, so its owner is not known.';
  return {
    verdict: 'unknown',
    headline: 'Not known: the AMI could not be resolved',
    asOf,
    membership,
    sentence:
      q.unresolvedImage?.reason === 'hidden'
        ? `${imageId} cannot be seen from this account (Allowed AMIs in enabled mode hides disallowed AMIs): give its owner account ID instead.`
        : `${imageId} is not one the portal knows: give its owner account ID (or amazon, aws-marketplace) instead.`,
    aws: { verdict: 'unknown', sentence: `AWS: ${unresolved}` },
    git: { verdict: 'unknown', sentence: `Git: ${unresolved}` },
    action: 'give-owner',
    whatToDo:
      "Give the AMI's owner (its OwnerId, or whoever shared it with you) instead.",
    nextSteps: NEXT_STEPS['give-owner'],
  };
}

/**
 * Whether a launch is allowed on `on` (default today), both as AWS enforces it today (the collected
 * regional setting or the effective policy, and the deployed SCP) and as Git says (what the next apply
 * deploys), each with its layers; the verdict is AWS's, the action and the words say what the
 * difference means, and `until` the date that bounds the answer.
 * @public
 */
export function explainLaunch(q: LaunchQuestion): LaunchExplanation {
  const asOf = q.on ?? q.today;
  const membership = q.membership ?? 'unknown';
  if (membership === 'outside' || !q.image)
    return unknownAnswer(q, asOf, membership);
  const image = q.image;
  // A later date: AWS as today, less what Git lets lapse by then (the daily apply removes it).
  const gone =
    asOf > q.today ? lapsedBy(q.config, q.today, asOf) : new Set<string>();
  const awsLayers = {
    allowedImages: allowedImagesVerdict(
      q.allowedImages,
      image,
      q.accountId,
      q.now,
      gone,
    ),
    scp: scpVerdict(q.scp, image, q.accountId, gone),
  };
  const reach = q.nextApplyReach ?? {
    declarativePolicy:
      q.allowedImages !== undefined &&
      q.allowedImages.source !== 'region-setting',
    scp: q.scp.governs,
  };
  const next = nextApplyLayers(q.config, asOf, reach, q);
  const gitLayers = {
    allowedImages: allowedImagesVerdict(
      next.allowedImages,
      image,
      q.accountId,
      q.now,
    ),
    scp: scpVerdict(next.scp, image, q.accountId),
  };
  const aws = combinedVerdict(awsLayers.allowedImages, awsLayers.scp);
  const git = combinedVerdict(gitLayers.allowedImages, gitLayers.scp);
  const found = exceptionFor(q.config, image, asOf);
  let action = actionOf(aws, git);
  if (action === 'none' && found?.state === 'active')
    action = 'move-before-expiry';
  // Only an exception that explains the answer bounds it: Git's in force where Git allows, or the
  // lapsed one AWS still honours.
  const bounding =
    found &&
    ((found.state === 'active' &&
      (action === 'move-before-expiry' || action === 'wait-for-apply')) ||
      (found.state === 'lapsed' &&
        (action === 'move-off-now' || action === 'request-exception')))
      ? found
      : undefined;
  const exception = bounding && {
    account_id: bounding.account_id,
    expires_on: bounding.expires_on,
    state: bounding.state,
    ...(bounding.exception_type && { type: bounding.exception_type }),
  };
  const story: LaunchStory = {
    accountId: q.accountId,
    owner: ec2OwnerOf(image),
    aws,
    git,
    action,
    exception,
    awsLists:
      awsLayers.scp.verdict === 'allowed' ||
      (awsLayers.allowedImages.verdict === 'allowed' &&
        awsLayers.allowedImages.matched !== 'self-owned'),
    ...(q.where && { where: q.where }),
  };
  // A lapsed exception bounds the answer only while AWS still honours it.
  const until =
    exception && (exception.state === 'active' || action === 'move-off-now')
      ? exception.expires_on
      : undefined;
  return {
    verdict: aws,
    headline: launchHeadline(story),
    sentence: launchSentence(story),
    asOf,
    membership,
    aws: {
      verdict: aws,
      sentence: awsSentence(story, {
        organization: q.collected?.organization,
        region:
          q.allowedImages?.source === 'region-setting'
            ? q.collected?.region
            : undefined,
        regionName: q.region,
      }),
      layers: awsLayers,
      ...(q.collected?.organization && {
        collectedAt: q.collected.organization,
      }),
      ...(q.allowedImages?.source === 'region-setting' &&
        q.collected?.region && { regionCollectedAt: q.collected.region }),
    },
    git: { verdict: git, sentence: gitSentence(story), layers: gitLayers },
    action,
    whatToDo: whatToDo(story),
    layers: awsLayers,
    ...(until && { until }),
    ...(exception && { exception }),
    nextSteps: NEXT_STEPS[action],
  };
}
