import {
  exceptionDurationCap,
  exceptionDurationFindings,
} from '../config/exceptionDurationCap';
import type { GovernanceConfig } from '../config/schema';
import type { Finding } from '../findings';
import { describeCountdown } from './exceptionStatus';
import type { Publisher } from './publishers';

// The rules of the governance model that read the publisher list: duplicates, expiry and durations.
// They run on the parsed config, and on what can be salvaged of a file that does not parse.

interface ExceptionRuleSettings {
  warningDays: number;
  /** `policy_config.max_exception_duration_days`. */
  organizationMaxDays?: number;
}

/** The same account twice, in one category or across categories. */
function duplicateFindings(publishers: readonly Publisher[]): Finding[] {
  const firstSeen = new Map<string, Publisher>();
  const findings: Finding[] = [];
  for (const p of publishers) {
    const first = firstSeen.get(p.provider);
    if (!first) {
      firstSeen.set(p.provider, p);
      continue;
    }
    findings.push({
      severity: 'error',
      code: 'duplicate-account',
      path: p.path,
      message: `${p.provider} is listed at ${first.path} (${first.category}) and again at ${p.path} (${p.category}). Keep one entry: an account is the ops publisher, a vendor or an exception, never two.`,
    });
  }
  return findings;
}

function statusFindings(p: Publisher, warningDays: number): Finding[] {
  const e = p.exception!;
  const { state, daysRemaining } = e.status;
  if (state === 'active') return [];
  const expired = state === 'expired';
  return [
    {
      severity: expired ? 'error' : 'warning',
      code: expired ? 'exception-expired' : 'exception-expiring',
      path: `${p.path}.expires_on`,
      message: `Exception for ${p.provider}: ${describeCountdown(
        daysRemaining,
      )} (${
        expired
          ? `${e.expires_on}). Remove it, or renew it with a new expires_on and approval.`
          : `expires ${e.expires_on}, inside the ${warningDays}-day warning window). Migrate to a golden AMI or request an extension.`
      }`,
    },
  ];
}

/** Expiry, type and duration of one exception publisher. */
function exceptionFindings(
  p: Publisher,
  settings: ExceptionRuleSettings,
): Finding[] {
  const untypedCap = exceptionDurationCap(
    undefined,
    settings.organizationMaxDays,
  );
  const typeMissing: Finding[] = p.exception!.exception_type
    ? []
    : [
        {
          severity: 'warning',
          code: 'exception-type-missing',
          path: `${p.path}.exception_type`,
          message: `Exception for ${
            p.provider
          } has no exception_type; it is held to ${
            untypedCap.appliedBy === 'organization'
              ? "the organization's cap"
              : 'the longest cap'
          } (${
            untypedCap.maxDays
          } days). Set exception_type to migration, vendor_poc or emergency.`,
        },
      ];
  return [
    ...statusFindings(p, settings.warningDays),
    ...typeMissing,
    ...exceptionDurationFindings(p, settings.organizationMaxDays),
  ];
}

/** Every rule above over a publisher list. */
export function publisherFindings(
  publishers: readonly Publisher[],
  settings: ExceptionRuleSettings,
): Finding[] {
  return [
    ...duplicateFindings(publishers),
    ...publishers
      .filter(p => p.exception)
      .flatMap(p => exceptionFindings(p, settings)),
  ];
}

/** The creation guard would stop the ops publisher building golden AMIs. */
export function creationGuardFindings(config: GovernanceConfig): Finding[] {
  const pc = config.policy_config;
  const ops = config.ops_publisher_account.account_id;
  if (
    !pc.deny_ami_creation_in_workloads ||
    !pc.ami_creation_allowed_accounts ||
    pc.ami_creation_allowed_accounts.includes(ops)
  ) {
    return [];
  }
  return [
    {
      severity: 'warning',
      code: 'creation-guard-excludes-ops-publisher',
      path: 'policy_config.ami_creation_allowed_accounts',
      message: `The ops publisher ${ops} is not in ami_creation_allowed_accounts, so the SCP will stop it building golden AMIs. Add it unless another account builds them.`,
    },
  ];
}
