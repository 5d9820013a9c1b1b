import {
  daysBetween,
  isPolicyId,
  ORGANIZATIONS_POLICY_TYPES,
  POLICY_KINDS,
  POLICY_TITLES,
  readDeclarativePolicy,
  utcDateOf,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import type { PolicyDocumentKind } from '@ami-governance/backstage-plugin-ami-governance-common';
import type { OrganizationReading, TargetReading } from './organizationReading';
import type { PlanInput } from './planInput';
import type { PlanNote, PlanTarget, PolicyPlanEntry } from './planSchema';
import {
  blockedLaunches,
  READINESS_MAX_AGE_DAYS,
  ReadinessReport,
  uncollectedAccounts,
} from './readiness';

type Entries = Record<PolicyDocumentKind, PolicyPlanEntry>;
type Rails = { refusals: PlanNote[]; warnings: PlanNote[] };
/** The readiness rails, and the accounts enabled reaches that the report did not collect. */
type ReadinessRails = Rails & { uncollected: string[] };

const named = (targets: PlanTarget[]) =>
  targets
    .map(t => (t.name ? `${t.name} (${t.targetId})` : t.targetId))
    .join(', ');

const sameSet = (a: string[], b: string[]) => {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every(x => right.has(x));
};

/**
 * `enabled` reaching an account whose workloads were not collected says nothing about what it blocks
 * there: refused unless `--accept-uncollected` names exactly those accounts (a list that also names
 * others, or misses one, is refused too, so an acceptance never carries over to another set).
 */
function coverageRails(
  input: PlanInput,
  report: ReadinessReport,
  reached: TargetReading[],
  what: string,
): ReadinessRails {
  const unread = reached.filter(t => t.found && !t.accounts);
  if (unread.length)
    // Never "nothing uncollected" because the accounts were not listed.
    return {
      refusals: [
        {
          code: 'readiness-incomplete',
          message: `${what} reaches ${named(
            unread,
          )}, whose accounts were not read from AWS Organizations, so the readiness report cannot be checked against them. Plan again.`,
        },
      ],
      warnings: [],
      uncollected: [],
    };
  const missing = uncollectedAccounts(
    report,
    reached.flatMap(t => t.accounts ?? []),
  );
  const uncollected = missing.map(m => m.accountId);
  const rails: ReadinessRails = { refusals: [], warnings: [], uncollected };
  if (!missing.length) return rails;
  const listed = missing
    .map(
      m =>
        `${m.accountId} (${
          m.reason === 'not-visible' ? 'not visible' : 'not collected'
        })`,
    )
    .join(', ');
  const accepted = input.acceptUncollected;
  if (accepted && sameSet(accepted, uncollected)) {
    rails.warnings.push({
      code: 'uncollected-accepted',
      message: `${what} reaches ${missing.length} account(s) whose workloads the readiness report of ${report.collectedAt} did not collect: ${listed}; what it blocks there is unknown. Accepted with --accept-uncollected.`,
    });
    return rails;
  }
  rails.refusals.push({
    code: 'readiness-incomplete',
    message: `${what} reaches ${
      missing.length
    } account(s) whose workloads the readiness report of ${
      report.collectedAt
    } did not collect, so what it would block there is unknown: ${listed}${
      accepted
        ? `. --accept-uncollected names ${
            accepted.join(',') || 'no account'
          }, not exactly these`
        : ''
    }. Collect their workloads (the collector's role in each account, docs/member-role.md) and produce a new report; to go ahead anyway, pass --accept-uncollected ${uncollected.join(
      ',',
    )}.`,
    override: `--accept-uncollected ${uncollected.join(',')}`,
  });
  return rails;
}

function lookupRefusals(
  input: PlanInput,
  reading: OrganizationReading,
  entries: Entries,
): PlanNote[] {
  const refusals: PlanNote[] = [];
  for (const kind of POLICY_KINDS) {
    const nameOrId = input.policyNames[kind];
    if (isPolicyId(nameOrId) && !reading.policies[kind])
      refusals.push({
        code: 'policy-not-found',
        message: `No ${POLICY_TITLES[kind]} has the ID ${nameOrId}, and a policy cannot be created under an ID. Pass the ID of the existing policy, or a name to create it under.`,
      });
    const entry = entries[kind];
    const writes = entry.action === 'create' || entry.targets.attach.length;
    const type = ORGANIZATIONS_POLICY_TYPES[kind];
    for (const root of reading.roots)
      if (writes && !root.enabledPolicyTypes.includes(type))
        refusals.push({
          code: 'policy-type-not-enabled',
          message: `The policy type ${type} is not enabled in root ${root.id}, so the ${POLICY_TITLES[kind]} cannot be created or attached. Enable it once from the management account (aws organizations enable-policy-type --root-id ${root.id} --policy-type ${type}), then plan again.`,
        });
  }
  const missing = reading.targets.filter(t => !t.found);
  if (missing.length)
    refusals.push({
      code: 'target-not-found',
      message: `No root, OU or account in organization ${
        reading.organization.id
      } has the ID ${missing
        .map(t => t.targetId)
        .join(', ')}. Fix policy_config.targets or --targets.`,
    });
  return refusals;
}

/** Switching to enabled, or taking enabled to new targets, blocks launches: a readiness report must say how many. */
function readinessRails(
  input: PlanInput,
  reading: OrganizationReading,
  entries: Entries,
): ReadinessRails {
  const rails: ReadinessRails = { refusals: [], warnings: [], uncollected: [] };
  if (input.expected.settings.mode !== 'enabled') return rails;
  const deployed = reading.policies.declarativePolicy;
  const read = deployed ? readDeclarativePolicy(deployed.content) : undefined;
  const wasEnabled = read?.ok && read.policy.mode === 'enabled';
  const newTargets = entries.declarativePolicy.targets.attach;
  if (wasEnabled && newTargets.length === 0) return rails;
  const what = wasEnabled
    ? `Taking allowed_images_settings "enabled" to ${named(newTargets)}`
    : 'Switching allowed_images_settings to "enabled"';
  const report = input.readiness;
  if (!report) {
    rails.refusals.push({
      code: 'readiness-missing',
      message: `${what} blocks every launch from an AMI outside the allowlist, and no readiness report says how many launches that is. Pass --readiness FILE (what enabled would block, from the portal or your own audit-mode findings; docs/apply.md).`,
      override: '--readiness FILE',
    });
    return rails;
  }
  const age = daysBetween(utcDateOf(new Date(report.collectedAt)), input.today);
  if (age > READINESS_MAX_AGE_DAYS) {
    rails.refusals.push({
      code: 'readiness-stale',
      message: `The readiness report was collected ${
        report.collectedAt
      }, ${age} days before ${
        input.today
      }; a report older than ${READINESS_MAX_AGE_DAYS} days cannot vouch for ${what.toLowerCase()}. Produce a new one.`,
      override: 'a newer --readiness FILE',
    });
    return rails;
  }
  const newIds = new Set(newTargets.map(t => t.targetId));
  const reached = wasEnabled
    ? reading.targets.filter(t => newIds.has(t.targetId))
    : reading.targets;
  const coverage = coverageRails(input, report, reached, what);
  rails.refusals.push(...coverage.refusals);
  rails.warnings.push(...coverage.warnings);
  rails.uncollected = coverage.uncollected;
  const blocked = blockedLaunches(report);
  if (blocked === 0) return rails;
  const counted = `${blocked} launch${blocked === 1 ? '' : 'es'} (${
    report.blocked.instances
  } instance(s), ${
    report.blocked.launchTemplates
  } launch template(s), per the readiness report of ${report.collectedAt})`;
  if ((input.acceptBlocking ?? -1) >= blocked)
    rails.warnings.push({
      code: 'blocking-accepted',
      message: `${what} will block ${counted}; accepted with --accept-blocking ${input.acceptBlocking}.`,
    });
  else
    rails.refusals.push({
      code: 'would-block-launches',
      message: `${what} would block ${counted}${
        input.acceptBlocking === undefined
          ? ''
          : `, more than the ${input.acceptBlocking} accepted`
      }. Move those workloads to allowed AMIs or add exceptions first; to go ahead anyway, pass --accept-blocking ${blocked}.`,
      override: `--accept-blocking ${blocked}`,
    });
  return rails;
}

function reviewWarnings(
  input: PlanInput,
  reading: OrganizationReading,
  entries: Entries,
): PlanNote[] {
  const warnings: PlanNote[] = [];
  if (!input.expected.allowlist.includes('amazon'))
    warnings.push({
      code: 'amazon-not-allowed',
      message:
        'The allowlist does not include the "amazon" owner alias: EKS- and ECS-optimized AMIs and other AWS-owned images will be blocked once enforced. Add "amazon" to policy_config.additional_image_providers unless that is intended.',
    });
  const scp = entries.scp;
  const idle = reading.targets.filter(t => t.found && t.governsNoMemberAccount);
  if (idle.length)
    warnings.push({
      code: 'scp-governs-no-member-account',
      message: `The SCP is attached to ${named(
        idle,
      )}, where the management account is the only account: SCPs never restrict the management account, so it governs nothing there.`,
    });
  const removed = scp.action === 'update' ? scp.changes.removed : [];
  if (scp.targets.attach.length || removed.length)
    warnings.push({
      code: 'scp-enforces-immediately',
      message: `The SCP has no audit mode: ${
        scp.targets.attach.length
          ? `from the moment it is attached to ${named(scp.targets.attach)}, `
          : ''
      }launches from AMIs of publishers outside the allowlist${
        removed.length
          ? ` (after this change: ${removed.map(r => r.provider).join(', ')})`
          : ''
      } are denied, whatever the declarative policy's mode.`,
    });
  for (const kind of POLICY_KINDS) {
    const detach = entries[kind].targets.detach;
    if (detach.length)
      warnings.push({
        code: 'coverage-narrowed',
        message: `The ${POLICY_TITLES[kind]} is detached from ${named(
          detach,
        )}: accounts there stay governed only where another target covers them.`,
      });
  }
  return warnings;
}

/** What AWS's side of a plan refuses or warns about: lookups, policy types, readiness, and what a reviewer should see. */
export function organizationRails(
  input: PlanInput,
  reading: OrganizationReading,
  entries: Entries,
): ReadinessRails {
  const readiness = readinessRails(input, reading, entries);
  return {
    uncollected: readiness.uncollected,
    refusals: [
      ...lookupRefusals(input, reading, entries),
      ...readiness.refusals,
    ],
    warnings: [
      ...readiness.warnings,
      ...reviewWarnings(input, reading, entries),
    ],
  };
}
