import { ImageProvider, PolicyDocumentKind } from '../lib/accounts';
import type { EnforcementMode, GovernanceConfig } from '../config/schema';
import type { IsoDate } from '../lib/dates';
import type { Finding } from '../lib/findings';
import { PolicyLimits, resolveLimits } from './limits';
import { exceptionDurationFindings } from '../config/exceptionDurationCap';
import {
  computeAllowlist,
  listPublishers,
  Publisher,
} from '../config/publishers';
import { describeCountdown } from '../config/exceptionStatus';
import {
  buildDeclarativePolicy,
  declarativeCriteria,
  DeclarativePolicySettings,
} from './declarativePolicy';
import { publisherConstraintsOf } from './publisherConstraints';
import { buildScp, ScpSettings } from './scp';

/** File names the generated documents are written to, in `dist/` of a governance repository. @public */
export const POLICY_FILE_NAMES: Record<PolicyDocumentKind, string> = {
  declarativePolicy: 'declarative-policy-ec2.json',
  scp: 'scp-ami-guardrail.json',
};

/** @public */
export const POLICY_TITLES: Record<PolicyDocumentKind, string> = {
  declarativePolicy: 'EC2 declarative policy',
  scp: 'Service control policy',
};

/** @public */
export interface GeneratedPolicy {
  kind: PolicyDocumentKind;
  fileName: string;
  document: object;
  /** Exactly what to send as `Content` to CreatePolicy / UpdatePolicy. */
  compact: string;
  /** The same document indented for people and Git, ending in a newline. */
  pretty: string;
  /** Characters of `compact`, which is what AWS counts. */
  size: number;
  maxSize: number;
}

/** @public */
export interface PolicySettings
  extends DeclarativePolicySettings,
    ScpSettings {}

/** @public */
export type BuildPoliciesResult =
  | { ok: true; declarativePolicy: GeneratedPolicy; scp: GeneratedPolicy }
  | { ok: false; findings: Finding[] };

/** @public */
export type GenerationResult = {
  allowlist: ImageProvider[];
  /** Exceptions left out because they have expired. */
  expired: Publisher[];
} & (
  | {
      ok: true;
      declarativePolicy: GeneratedPolicy;
      scp: GeneratedPolicy;
      findings: Finding[];
    }
  | { ok: false; findings: Finding[] }
);

/** @public */
export interface GenerateOptions {
  today: IsoDate;
  /** Overrides `policy_config.enforcement_mode`. */
  mode?: EnforcementMode;
  limits?: Partial<PolicyLimits>;
}

const format = (n: number) => n.toLocaleString('en-US');

/** Exceptions whose duration cannot be established: no start date, or a start after the expiry. */
const UNDATED = new Set([
  'exception-start-missing',
  'exception-dates-reversed',
]);

/** The settings both documents take from `policy_config`. @public */
export function policySettingsOf(
  config: GovernanceConfig,
  mode?: EnforcementMode,
): PolicySettings {
  const pc = config.policy_config;
  return {
    mode: mode ?? pc.enforcement_mode,
    blockPublicSharing: pc.block_public_ami_sharing,
    exceptionMessage: pc.exception_message,
    denyAmiCreation: pc.deny_ami_creation_in_workloads,
    amiBuildAccounts: pc.ami_creation_allowed_accounts ?? [
      config.ops_publisher_account.account_id,
    ],
    ...publisherConstraintsOf(config),
  };
}

function render(
  kind: PolicyDocumentKind,
  document: object,
  maxSize: number,
): GeneratedPolicy {
  const compact = JSON.stringify(document);
  return {
    kind,
    fileName: POLICY_FILE_NAMES[kind],
    document,
    compact,
    pretty: `${JSON.stringify(document, null, 2)}\n`,
    size: compact.length,
    maxSize,
  };
}

/** The largest number of providers (a prefix of the list) whose document still fits. */
function providersThatFit(
  build: (providers: readonly ImageProvider[]) => object,
  providers: readonly ImageProvider[],
  maxSize: number,
) {
  let low = 0;
  let high = providers.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (JSON.stringify(build(providers.slice(0, mid))).length <= maxSize)
      low = mid;
    else high = mid - 1;
  }
  return low;
}

function sizeFinding(
  doc: GeneratedPolicy,
  fit: number,
  total: number,
): Finding {
  return {
    severity: 'error',
    code: 'policy-size-exceeded',
    path: doc.fileName,
    message:
      `The ${POLICY_TITLES[doc.kind]} would be ${format(
        doc.size,
      )} characters as sent to AWS, ` +
      `${format(doc.size - doc.maxSize)} over its ${format(
        doc.maxSize,
      )}-character limit: ` +
      `${format(fit)} of the ${format(
        total,
      )} providers fit. Remove vendor publishers or end exceptions early, ` +
      `or raise the limit if AWS has raised it for your organization.`,
  };
}

/**
 * Both policy documents for an allowlist. Refuses an empty allowlist (it would block every launch in
 * the organization), more providers than the declarative policy's criteria can hold, more criteria
 * than it holds (each set of publisher constraints needs its own), and documents over their size
 * limits, each with a finding saying what to change. The SCP's `ec2:Owner` list is the whole
 * allowlist whatever the constraints: it cannot see names or ages.
 * @public
 */
export function buildPolicyDocuments(
  providers: readonly ImageProvider[],
  settings: PolicySettings,
  limitOverrides?: Partial<PolicyLimits>,
): BuildPoliciesResult {
  const limits = resolveLimits(limitOverrides);
  if (providers.length === 0) {
    return {
      ok: false,
      findings: [
        {
          severity: 'error',
          code: 'empty-allowlist',
          path: 'allowlist',
          message:
            'The allowlist is empty: these policies would block every instance launch in the organization. Add the ops publisher account or a vendor publisher.',
        },
      ],
    };
  }
  const capacity = limits.maxImageCriteria * limits.providersPerCriterion;
  if (providers.length > capacity) {
    return {
      ok: false,
      findings: [
        {
          severity: 'error',
          code: 'too-many-providers',
          path: 'allowlist',
          message: `The allowlist has ${format(
            providers.length,
          )} providers; an EC2 declarative policy holds at most ${format(
            capacity,
          )} (${limits.maxImageCriteria} criteria of ${
            limits.providersPerCriterion
          }). Remove ${format(providers.length - capacity)} or more.`,
        },
      ],
    };
  }
  const planned = declarativeCriteria(providers, settings, limits);
  if (!planned.ok) return { ok: false, findings: [planned.finding] };
  const builders = {
    declarativePolicy: (p: readonly ImageProvider[]) =>
      buildDeclarativePolicy(p, settings, limits),
    scp: (p: readonly ImageProvider[]) => buildScp(p, settings),
  };
  const declarativePolicy = render(
    'declarativePolicy',
    builders.declarativePolicy(providers),
    limits.declarativePolicyMaxChars,
  );
  const scp = render('scp', builders.scp(providers), limits.scpMaxChars);
  const findings = [declarativePolicy, scp]
    .filter(doc => doc.size > doc.maxSize)
    .map(doc =>
      sizeFinding(
        doc,
        providersThatFit(builders[doc.kind], providers, doc.maxSize),
        providers.length,
      ),
    );
  return findings.length
    ? { ok: false, findings }
    : { ok: true, declarativePolicy, scp };
}

/**
 * Generates both policies from a config as of `today`. Expired exceptions are left out with a
 * warning (validation is what fails on them); an active exception whose duration cannot be
 * established (no approval_date or requested_on, or dates reversed) fails generation, naming it.
 * @public
 */
export function generatePolicies(
  config: GovernanceConfig,
  options: GenerateOptions,
): GenerationResult {
  const { providers, expired } = computeAllowlist(config, options.today);
  const warnings: Finding[] = expired.map(p => ({
    severity: 'warning',
    code: 'exception-expired',
    path: `${p.path}.expires_on`,
    message: `Exception for ${p.provider}: ${describeCountdown(
      p.exception!.status.daysRemaining,
    )} (${
      p.exception!.expires_on
    }) and was left out of the policies. Remove it from the config or renew it with a new approval.`,
  }));
  // No exception is permanent: one in the allowlist whose duration cannot be established never
  // reaches a policy. (One over its cap fails validation, so plan and apply refuse it.)
  const durationErrors = listPublishers(config, options.today)
    .filter(p => p.exception?.status.inAllowlist)
    .flatMap(p =>
      exceptionDurationFindings(
        p,
        config.policy_config.max_exception_duration_days,
      ),
    )
    .filter(f => UNDATED.has(f.code));
  if (durationErrors.length)
    return {
      ok: false,
      allowlist: providers,
      expired,
      findings: [...durationErrors, ...warnings],
    };
  const built = buildPolicyDocuments(
    providers,
    policySettingsOf(config, options.mode),
    options.limits,
  );
  if (!built.ok)
    return {
      ok: false,
      allowlist: providers,
      expired,
      findings: [...built.findings, ...warnings],
    };
  return { ...built, allowlist: providers, expired, findings: warnings };
}
