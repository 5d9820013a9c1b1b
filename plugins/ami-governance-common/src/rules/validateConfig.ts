import { decodeConfigInput, parseConfigValue } from '../config/parseConfig';
import type { EnforcementMode, GovernanceConfig } from '../config/schema';
import type { IsoDate } from '../dates';
import { Finding, mergeFindings, sortFindings } from '../findings';
import type { PolicyLimits } from '../limits';
import { compareAllowlists } from '../policies/compareAllowlists';
import {
  GeneratedPolicy,
  generatePolicies,
  GenerationResult,
} from '../policies/generatePolicies';
import { readDeclarativePolicy } from '../policies/readDeclarativePolicy';
import { readScp } from '../policies/readScp';
import { listPublishers } from './publishers';
import {
  creationGuardFindings,
  publisherFindings,
} from './validateConfigRules';
import { tolerantFindings } from './validateConfigTolerant';

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
