import type { PolicyDocumentKind } from '../lib/accounts';
import { readDeclarativePolicy } from '../policies/readDeclarativePolicy';
import { accountAncestry } from './ancestry';
import { computeCompliance } from './compliance';
import { computeCoverage } from './coverage';
import { declarativePolicyDrift, scpDrift } from './drift';
import type { OrganizationSnapshot } from './snapshotSchema';
import type {
  DriftVerdict,
  ExpectedPolicies,
  OrganizationStatus,
  PolicyStatus,
  StatusOptions,
} from './statusTypes';

const DRIFT_OF = { declarativePolicy: declarativePolicyDrift, scp: scpDrift };

/**
 * What each account's effective policy should equal: the deployed policy when it can be read, so
 * compliance singles out accounts where OU or account policies change the result (drift already
 * reports the deployed policy against Git); Git's when nothing readable is deployed.
 */
function complianceReference(
  content: string | undefined,
  expected: ExpectedPolicies,
): ExpectedPolicies & { comparedWith: 'deployed' | 'git' } {
  const read =
    content === undefined ? undefined : readDeclarativePolicy(content);
  if (!read?.ok || read.policy.mode === undefined)
    return { ...expected, comparedWith: 'git' };
  return {
    allowlist: read.policy.providers,
    settings: {
      ...expected.settings,
      mode: read.policy.mode as ExpectedPolicies['settings']['mode'],
    },
    comparedWith: 'deployed',
  };
}

function policyStatus(
  snapshot: OrganizationSnapshot,
  expected: ExpectedPolicies,
  kind: PolicyDocumentKind,
  ancestry: Map<string, string[]>,
): PolicyStatus {
  const policy = snapshot.policies[kind];
  return {
    kind,
    deployed: policy !== null,
    ...(policy ? { policyId: policy.id, policyName: policy.name } : {}),
    attachments: policy?.targets.map(t => ({ ...t })) ?? [],
    coverage: computeCoverage(snapshot, policy, kind, ancestry),
    ...(policy ? { drift: DRIFT_OF[kind](policy.content, expected) } : {}),
    // Effective policies are read per account whether or not our policy was found.
    ...(kind === 'declarativePolicy'
      ? {
          compliance: computeCompliance(
            snapshot.accounts,
            complianceReference(policy?.content, expected),
          ),
        }
      : {}),
  };
}

function verdictOf(
  snapshot: OrganizationSnapshot,
  statuses: PolicyStatus[],
): DriftVerdict {
  const policyGap = snapshot.errors.some(e => e.scope.startsWith('policies'));
  const nothingRead =
    statuses.every(s => !s.deployed) && snapshot.errors.length > 0;
  // A policy that could not be read or collected is unknown, not absent: never call it drift.
  if (policyGap || nothingRead || statuses.some(s => s.drift?.readError)) {
    return 'unknown';
  }
  const drifted = statuses.some(
    s =>
      !s.deployed ||
      s.drift?.inSync === false ||
      (s.compliance?.differing.length ?? 0) > 0 ||
      s.coverage.ungoverned.length > 0,
  );
  return drifted ? 'drifted' : 'in_sync';
}

/**
 * A snapshot older than `staleAfterMs` (twice its collection schedule) is stale. Written as "not
 * fresh" so an unparseable timestamp (NaN age) counts as stale.
 * @public
 */
export function isSnapshotStale(
  collectedAt: string,
  now: Date,
  staleAfterMs: number,
): boolean {
  const age = now.getTime() - Date.parse(collectedAt);
  return !(age <= staleAfterMs);
}

/**
 * Whether AWS enforces what Git says: per policy its attachments, coverage, content drift and (for
 * the declarative policy) each account's effective policy, with one verdict and the snapshot's gaps.
 * @public
 */
export function computeOrganizationStatus(
  snapshot: OrganizationSnapshot,
  expected: ExpectedPolicies,
  options: StatusOptions,
): OrganizationStatus {
  const ancestry = accountAncestry(snapshot);
  const policies = {
    declarativePolicy: policyStatus(
      snapshot,
      expected,
      'declarativePolicy',
      ancestry,
    ),
    scp: policyStatus(snapshot, expected, 'scp', ancestry),
  };
  return {
    collectedAt: snapshot.collectedAt,
    stale: isSnapshotStale(
      snapshot.collectedAt,
      options.now,
      options.staleAfterMs,
    ),
    managementAccountId: snapshot.organization.managementAccountId,
    totalAccounts: snapshot.accounts.length,
    policies,
    verdict: verdictOf(snapshot, Object.values(policies)),
    collectionErrors: snapshot.errors.map(({ scope, code, message }) => ({
      scope,
      ...(code === undefined ? {} : { code }),
      message,
    })),
  };
}
