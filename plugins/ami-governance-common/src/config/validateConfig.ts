import {
  exceptionDurationCap,
  exceptionDurationFindings,
} from './exceptionDurationCap';
import { decodeConfigInput, parseConfigValue } from './parseConfig';
import { salvageConfig, SalvagedConfig } from './salvageConfig';
import type { EnforcementMode, GovernanceConfig } from './schema';
import type { IsoDate } from '../lib/dates';
import { Finding, mergeFindings, sortFindings } from '../lib/findings';
import type { PolicyLimits } from '../policies/limits';
import { compareAllowlists } from '../policies/compareAllowlists';
import {
  GeneratedPolicy,
  generatePolicies,
  GenerationResult,
} from '../policies/generatePolicies';
import { readDeclarativePolicy } from '../policies/readDeclarativePolicy';
import { readScp } from '../policies/readScp';
import { describeCountdown, exceptionStatus } from './exceptionStatus';
import { DEFAULT_WARNING_DAYS } from './exceptionTypes';
import { listPublishers } from './publishers';
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
function publisherFindings(
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

// The rules that can run on a file the schema refuses: duplicates across categories, expiry and
// durations, over every entry whose account ID (and, for expiry and durations, dates) is valid.

function salvagedPublishers(
  config: SalvagedConfig,
  today: IsoDate,
  warningDays: number,
): Publisher[] {
  const publishers: Publisher[] = [];
  if (config.ops.account_id) {
    publishers.push({
      provider: config.ops.account_id,
      category: 'ops',
      path: 'ops_publisher_account',
    });
  }
  for (const { index, value } of config.vendors) {
    if (!value.account_id) continue;
    publishers.push({
      provider: value.account_id,
      category: 'vendor',
      path: `vendor_publisher_accounts[${index}]`,
      name: value.vendor_name,
    });
  }
  for (const { index, value } of config.exceptions) {
    const { account_id, expires_on } = value;
    if (!account_id) continue;
    publishers.push({
      provider: account_id,
      category: 'exception',
      path: `exception_accounts[${index}]`,
      exception: expires_on
        ? {
            ...value,
            account_id,
            expires_on,
            reason: value.reason ?? '',
            status: exceptionStatus(expires_on, today, warningDays),
          }
        : undefined,
    });
  }
  for (const { index, value } of config.aliases) {
    publishers.push({
      provider: value,
      category: 'alias',
      path: `policy_config.additional_image_providers[${index}]`,
    });
  }
  return publishers;
}

/** The publisher rules over what can be salvaged of a decoded file that fails the schema. */
function tolerantFindings(value: unknown, today: IsoDate): Finding[] {
  const config = salvageConfig(value);
  const warningDays = config.policyConfig.warning_days ?? DEFAULT_WARNING_DAYS;
  return publisherFindings(salvagedPublishers(config, today, warningDays), {
    warningDays,
    organizationMaxDays: config.policyConfig.max_exception_duration_days,
  });
}

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

/** Reads both generated documents back and checks they carry the allowlist, and the same one. @public */
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
 * schema, IDs, duplicates across categories, expiry, durations by type (and the organization's
 * cap), the generated documents' limits and allowlists; unknown keys as warnings. When the file
 * fails the schema, the rules that can still run on what is valid of it (duplicates, expiry,
 * durations) report next to the schema errors, without repeating them.
 * @public
 */
export function validateConfig(
  input: unknown,
  options: ValidateOptions,
): ValidationResult {
  const decoded = decodeConfigInput(input, options.sourceName);
  if (!decoded.ok) return { findings: decoded.findings };
  const parsed = parseConfigValue(decoded.value);
  if (!parsed.ok) {
    return {
      findings: sortFindings(
        mergeFindings(
          parsed.findings,
          tolerantFindings(decoded.value, options.today),
        ),
      ),
    };
  }
  const config = parsed.config;
  const pc = config.policy_config;
  const generation = generatePolicies(config, options);
  const rules = [
    ...publisherFindings(listPublishers(config, options.today), {
      warningDays: pc.warning_days,
      organizationMaxDays: pc.max_exception_duration_days,
    }),
    ...creationGuardFindings(config),
  ];
  const findings: Finding[] = [
    // Expired exceptions and durations already have their own findings in the rules: generation's
    // other findings are added once.
    ...mergeFindings(
      rules,
      generation.findings.filter(f => f.code !== 'exception-expired'),
    ),
    ...(generation.ok
      ? crossCheckFindings(generation.allowlist, [
          generation.declarativePolicy,
          generation.scp,
        ])
      : []),
    ...parsed.findings,
  ];
  return { findings: sortFindings(findings), config, generation };
}
