import type { PolicyDocumentKind } from '@ami-governance/backstage-plugin-ami-governance-common';
import type {
  StatusAccountLists,
  StatusOrganization,
  StatusPolicy,
} from '../api/types';
import type { AccountStanding } from '../workloads/accountStanding';
import { describeDifference } from './compliance';
import type { Health } from './health';
import { policiesFailingFirst } from './summary';

/** One thing AWS enforces today about an account, in words. */
type EnforcementLine = { id: string; health: Health; text: string };

/** Where the account itself stands in the declarative policy's coverage and compliance. */
export type OwnCompliance =
  | { list: 'matching' | 'ungoverned' }
  | { list: 'differing'; entry: StatusAccountLists['differing'] }
  | { list: 'unknown'; entry: StatusAccountLists['unknown'] };

const NAMES: Record<PolicyDocumentKind, string> = {
  declarativePolicy: 'EC2 declarative policy',
  scp: 'service control policy',
};

/** What the deployed policy still does to launches of a provider it lacks. */
function stillBlocked(policy: StatusPolicy): string {
  if (policy.kind === 'scp') return 'launches from it are still denied';
  return policy.drift?.mode?.deployed === 'audit_mode'
    ? 'launches from it are still blocked (logged, not stopped, while the deployed policy is in audit_mode)'
    : 'launches from it are still blocked';
}

function gitSays(standing: AccountStanding): string {
  if (standing.allowed) return `Git allows it ${standing.terms}`;
  return standing.expiredOn
    ? `Its exception expired on ${standing.expiredOn}`
    : 'Git does not allow it';
}

/** The deployed policy's word on the account as a publisher, against Git's. */
function publisherLine(
  policy: StatusPolicy,
  accountId: string,
  standing: AccountStanding,
): EnforcementLine {
  const id = policy.kind;
  const name = NAMES[policy.kind];
  if (!policy.deployed || !policy.drift) {
    return {
      id,
      health: 'warning',
      text: `The ${name} is not deployed in AWS: it restricts no launches.`,
    };
  }
  if (policy.drift.readError) {
    return {
      id,
      health: 'unknown',
      text: `The deployed ${name} could not be read, so whether it lists this account is unknown.`,
    };
  }
  if (policy.drift.missing.includes(accountId)) {
    return {
      id,
      health: 'error',
      text: `${gitSays(
        standing,
      )}, but the deployed ${name} does not list it yet: ${stillBlocked(
        policy,
      )}.`,
    };
  }
  if (policy.drift.extra.includes(accountId)) {
    return {
      id,
      health: 'warning',
      text: `${gitSays(
        standing,
      )}, but the deployed ${name} still lists it: AWS still allows launches from it until the policy is updated.`,
    };
  }
  return standing.allowed
    ? { id, health: 'ok', text: `The deployed ${name} lists it too.` }
    : {
        id,
        health: 'ok',
        text: `The deployed ${name} does not list it either.`,
      };
}

/** The account as a member of the organization: what its effective declarative policy allows. */
function ownLine(own: OwnCompliance): EnforcementLine {
  const id = 'own-account';
  const lead = 'Launches in this account';
  switch (own.list) {
    case 'matching':
      return {
        id,
        health: 'ok',
        text: `${lead}: its effective EC2 declarative policy matches the deployed one.`,
      };
    case 'ungoverned':
      return {
        id,
        health: 'warning',
        text: `${lead}: no EC2 declarative policy reaches it, so AMIs from any publisher may be launched here.`,
      };
    case 'differing':
      return {
        id,
        health: 'error',
        text: `${lead}: its effective EC2 declarative policy differs: ${describeDifference(
          own.entry,
        )}.`,
      };
    default:
      return {
        id,
        health: 'unknown',
        text: `${lead}: its effective EC2 declarative policy is unknown: ${own.entry.reason}.`,
      };
  }
}

/** What AWS enforces today about the account, a line per policy (failing policies first). */
export function awsEnforcement(
  accountId: string,
  standing: AccountStanding,
  org: StatusOrganization,
  accountCompliance?: OwnCompliance,
): EnforcementLine[] {
  const lines = policiesFailingFirst(org).map(policy =>
    publisherLine(policy, accountId, standing),
  );
  return accountCompliance ? [...lines, ownLine(accountCompliance)] : lines;
}

/**
 * The card's headline: Git's word, unless a deployed policy contradicts it, e.g.
 * `Git allows it until 2027-01-31 (69 days left), but AWS does not list it yet`.
 */
export function enforcedHeadline(
  standing: AccountStanding,
  org: StatusOrganization | undefined,
  accountId: string,
): { health: Health; headline: string } {
  const deployed = org
    ? Object.values(org.policies).filter(p => p.deployed && p.drift)
    : [];
  if (
    standing.allowed &&
    deployed.some(p => p.drift!.missing.includes(accountId))
  ) {
    return {
      health: 'error',
      headline: `${gitSays(standing)}, but AWS does not list it yet`,
    };
  }
  if (
    !standing.allowed &&
    deployed.some(p => p.drift!.extra.includes(accountId))
  ) {
    return {
      health: 'warning',
      headline: `${gitSays(standing)}, but AWS still allows it`,
    };
  }
  return { health: standing.health, headline: standing.headline };
}
