import { parseGovernanceConfig } from '../config/parseConfig';
import type { EnforcementMode, GovernanceConfig } from '../config/schema';
import { addDays, daysBetween, IsoDate } from '../dates';
import { Finding, sortFindings } from '../findings';
import type { PolicyLimits } from '../limits';
import { compareAllowlists } from '../policies/compareAllowlists';
import {
  GeneratedPolicy,
  generatePolicies,
  GenerationResult,
} from '../policies/generatePolicies';
import { readDeclarativePolicy } from '../policies/readDeclarativePolicy';
import { readScp } from '../policies/readScp';
import { describeCountdown } from './exceptionStatus';
import {
  EXCEPTION_TYPES,
  ExceptionType,
  UNTYPED_EXCEPTION_MAX_DAYS,
} from './exceptionTypes';
import { listPublishers, Publisher } from './publishers';

/** @public */
export interface ValidateOptions {
  today: IsoDate;
  limits?: Partial<PolicyLimits>;
  /** Overrides `policy_config.enforcement_mode`, as `generate --mode` does. */
  mode?: EnforcementMode;
  /** The file name errors should name. */
  sourceName?: string;
}

/** @public */
export interface ValidationResult {
  /** Errors first. Validation passes when none has severity `error`. */
  findings: Finding[];
  /** Present when the file parsed. */
  config?: GovernanceConfig;
  /** Present when the file parsed: what generation produced or refused. */
  generation?: GenerationResult;
}

function duplicateFindings(publishers: Publisher[]): Finding[] {
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

function exceptionFindings(p: Publisher, warningDays: number): Finding[] {
  const e = p.exception!;
  const findings: Finding[] = [];
  const { state, daysRemaining } = e.status;
  if (state === 'expired') {
    findings.push({
      severity: 'error',
      code: 'exception-expired',
      path: `${p.path}.expires_on`,
      message: `Exception for ${p.provider}: ${describeCountdown(
        daysRemaining,
      )} (${
        e.expires_on
      }). Remove it, or renew it with a new expires_on and approval.`,
    });
  } else if (state === 'expiring') {
    findings.push({
      severity: 'warning',
      code: 'exception-expiring',
      path: `${p.path}.expires_on`,
      message: `Exception for ${p.provider}: ${describeCountdown(
        daysRemaining,
      )} (expires ${
        e.expires_on
      }, inside the ${warningDays}-day warning window). Migrate to a golden AMI or request an extension.`,
    });
  }
  const type = e.exception_type as ExceptionType | undefined;
  if (!type) {
    findings.push({
      severity: 'warning',
      code: 'exception-type-missing',
      path: `${p.path}.exception_type`,
      message: `Exception for ${p.provider} has no exception_type; it is held to the longest cap (${UNTYPED_EXCEPTION_MAX_DAYS} days). Set exception_type to migration, vendor_poc or emergency.`,
    });
  }
  // A new request has no approval yet: its duration counts from the request date.
  const startField = (['approval_date', 'requested_on'] as const).find(
    field => e[field],
  );
  if (!startField) {
    findings.push({
      severity: 'warning',
      code: 'exception-start-missing',
      path: `${p.path}.approval_date`,
      message: `Exception for ${p.provider} has neither approval_date nor requested_on, so its duration cannot be checked. Add the approval date.`,
    });
    return findings;
  }
  const start = e[startField]!;
  const duration = daysBetween(start, e.expires_on);
  const maxDays = type
    ? EXCEPTION_TYPES[type].maxDays
    : UNTYPED_EXCEPTION_MAX_DAYS;
  if (duration < 0) {
    findings.push({
      severity: 'error',
      code: 'exception-dates-reversed',
      path: `${p.path}.${startField}`,
      message: `Exception for ${p.provider} has ${startField} ${start} after its expires_on ${e.expires_on}. Correct one of the dates.`,
    });
  } else if (duration > maxDays) {
    findings.push({
      severity: 'error',
      code: 'exception-duration-exceeded',
      path: `${p.path}.expires_on`,
      message: `Exception for ${
        p.provider
      } runs ${duration} days from ${startField} ${start} to ${e.expires_on}; ${
        type ? `a ${type} exception` : 'an exception without a type'
      } may run at most ${maxDays} days. Set expires_on to ${addDays(
        start,
        maxDays,
      )} or earlier, or make the need permanent as a golden AMI or vendor entry.`,
    });
  }
  return findings;
}

function creationGuardFindings(config: GovernanceConfig): Finding[] {
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

/** Reads both generated documents back and checks they carry the allowlist, and the same one. */
export function crossCheckFindings(
  allowlist: string[],
  documents: GeneratedPolicy[],
): Finding[] {
  const findings: Finding[] = [];
  const declarative = readDeclarativePolicy(documents[0].compact);
  const scp = readScp(documents[1].compact);
  const lists = [
    {
      doc: documents[0],
      providers: declarative.ok ? declarative.policy.providers : [],
    },
    {
      doc: documents[1],
      providers: scp.ok ? scp.policy.launchGuard?.providers ?? [] : [],
    },
  ];
  for (const { doc, providers } of lists) {
    const diff = compareAllowlists(allowlist, providers);
    if (!diff.inSync) {
      findings.push({
        severity: 'error',
        code: 'allowlist-mismatch',
        path: doc.fileName,
        message: `${doc.fileName} does not carry the allowlist: missing ${
          diff.missing.join(', ') || 'none'
        }, extra ${
          diff.extra.join(', ') || 'none'
        }. This is a bug in the generator; do not deploy.`,
      });
    }
  }
  return findings;
}

/**
 * Every rule of the governance model, on the raw file (a JSON string or decoded value):
 * schema, IDs, duplicates across categories, expiry, durations by type, the generated documents'
 * limits and allowlists.
 * @public
 */
export function validateConfig(
  input: unknown,
  options: ValidateOptions,
): ValidationResult {
  const parsed = parseGovernanceConfig(input, options.sourceName);
  if (!parsed.ok) return { findings: parsed.findings };
  const config = parsed.config;
  const publishers = listPublishers(config, options.today);
  const warningDays = config.policy_config.warning_days;
  const generation = generatePolicies(config, options);
  const findings: Finding[] = [
    ...duplicateFindings(publishers),
    ...publishers
      .filter(p => p.exception)
      .flatMap(p => exceptionFindings(p, warningDays)),
    ...creationGuardFindings(config),
    // Expired exceptions already have their own error above; keep generation's other findings.
    ...generation.findings.filter(f => f.code !== 'exception-expired'),
    ...(generation.ok
      ? crossCheckFindings(generation.allowlist, [
          generation.declarativePolicy,
          generation.scp,
        ])
      : []),
  ];
  return { findings: sortFindings(findings), config, generation };
}
