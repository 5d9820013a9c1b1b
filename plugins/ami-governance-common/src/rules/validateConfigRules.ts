import { exceptionDurationCap } from '../config/exceptionDurationCap';
import type { GovernanceConfig } from '../config/schema';
import { addDays, daysBetween } from '../dates';
import type { Finding } from '../findings';
import { describeCountdown } from './exceptionStatus';
import type { ExceptionType } from './exceptionTypes';
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

function durationFindings(
  p: Publisher,
  organizationMaxDays: number | undefined,
): Finding[] {
  const e = p.exception!;
  // A new request has no approval yet: its duration counts from the request date.
  const startField = (['approval_date', 'requested_on'] as const).find(
    field => e[field],
  );
  if (!startField) {
    return [
      {
        severity: 'warning',
        code: 'exception-start-missing',
        path: `${p.path}.approval_date`,
        message: `Exception for ${p.provider} has neither approval_date nor requested_on, so its duration cannot be checked. Add the approval date.`,
      },
    ];
  }
  const start = e[startField]!;
  const duration = daysBetween(start, e.expires_on);
  if (duration < 0) {
    return [
      {
        severity: 'error',
        code: 'exception-dates-reversed',
        path: `${p.path}.${startField}`,
        message: `Exception for ${p.provider} has ${startField} ${start} after its expires_on ${e.expires_on}. Correct one of the dates.`,
      },
    ];
  }
  const cap = exceptionDurationCap(
    e.exception_type as ExceptionType | undefined,
    organizationMaxDays,
  );
  if (duration <= cap.maxDays) return [];
  return [
    {
      severity: 'error',
      code: 'exception-duration-exceeded',
      path: `${p.path}.expires_on`,
      message: `Exception for ${
        p.provider
      } runs ${duration} days from ${startField} ${start} to ${e.expires_on}; ${
        cap.rule
      }. Set expires_on to ${addDays(
        start,
        cap.maxDays,
      )} or earlier, or make the need permanent as a golden AMI or vendor entry.`,
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
    ...durationFindings(p, settings.organizationMaxDays),
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
