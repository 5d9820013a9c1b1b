import {
  checkPolicyFiles,
  configuredPolicyTargets,
  decodeConfigInput,
  expectedPoliciesOf,
  listPublishers,
  PolicyLimits,
  resolveLimits,
  RUNBOOK_POLICY_NAMES,
  validateConfig,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import type {
  ExpectedPolicies,
  Finding,
  GovernanceConfig,
  IsoDate,
  PolicyDocumentKind,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import type { PlanNote } from './planSchema';
import { ProviderNotes, providerNotesOf } from './providerNotes';
import type { ReadinessReport } from './readiness';

/** What `plan` is given besides AWS: the config, optionally the committed documents, and the flags. @public */
export interface PlanInputOptions {
  configText: string;
  /** SHA-256 of `configText`, so `apply` can tell the config changed since (hashing is the caller's). */
  configSha256: string;
  /** `--policies`: each committed document's text, undefined when its file is missing. */
  policyFiles?: Partial<Record<PolicyDocumentKind, string | undefined>>;
  /** Where the committed documents are, for messages (e.g. `dist`). */
  policiesDir?: string;
  today: IsoDate;
  limits?: Partial<PolicyLimits>;
  /** `--targets`, which replaces `policy_config.targets`. */
  targets?: string[];
  /** `--declarative-policy` / `--scp`: names or IDs; the runbook's names by default. */
  policyNames?: Partial<Record<PolicyDocumentKind, string>>;
  readiness?: ReadinessReport;
  acceptBlocking?: number;
  /** `--accept-uncollected`: account IDs `enabled` may reach without collected workloads. */
  acceptUncollected?: string[];
}

/** Everything a plan needs that does not come from AWS. @public */
export interface PlanInput {
  today: IsoDate;
  configSha256: string;
  opsPublisher: string;
  amiBuildAccounts: string[] | null;
  expected: ExpectedPolicies;
  /** The compact documents to send, exactly as the config generates them. */
  documents: Record<PolicyDocumentKind, string>;
  notes: ProviderNotes;
  validThrough: IsoDate | null;
  policyNames: Record<PolicyDocumentKind, string>;
  /** Undefined: every root. */
  targets?: string[];
  refusals: PlanNote[];
  warnings: PlanNote[];
  readiness?: ReadinessReport;
  acceptBlocking?: number;
  acceptUncollected?: string[];
  limits: PolicyLimits;
}

/** @public */
export type PlanInputResult =
  | { ok: true; input: PlanInput }
  | { ok: false; findings: Finding[] };

const describe = (findings: Finding[]) =>
  findings.map(f => `${f.path}: ${f.message}`).join(' ');

/** The last day every exception in the allowlist still holds; null when none can lapse. */
function validThroughOf(config: GovernanceConfig, today: IsoDate) {
  const dates = listPublishers(config, today)
    .filter(p => p.exception?.status.inAllowlist)
    .map(p => p.exception!.expires_on)
    .sort();
  return dates[0] ?? null;
}

/**
 * Turns the config (and, with `--policies`, the committed documents) into what a plan compares with
 * AWS. Fails with findings when no document can be generated (unreadable config, empty allowlist,
 * over the limits). Config errors other than expired exceptions, and committed documents that differ
 * from what the config generates, become refusals: the plan is still shown, but cannot be applied.
 * An expired exception is left out with a warning, so the plan shows its removal.
 * @public
 */
export function preparePlanInput(options: PlanInputOptions): PlanInputResult {
  const { today, configText } = options;
  const limits = resolveLimits(options.limits);
  const validation = validateConfig(configText, { today, limits });
  const { config, generation } = validation;
  if (!config || !generation)
    return { ok: false, findings: validation.findings };
  if (!generation.ok) return { ok: false, findings: generation.findings };
  const decoded = decodeConfigInput(configText);
  const configured = configuredPolicyTargets(decoded.ok ? decoded.value : {});
  if (!configured.ok) return { ok: false, findings: configured.findings };

  const errors = validation.findings.filter(
    f => f.severity === 'error' && f.code !== 'exception-expired',
  );
  const refusals: PlanNote[] = errors.length
    ? [
        {
          code: 'config-invalid',
          message: `The config does not validate: ${describe(
            errors,
          )} Fix it (ami-governance validate) and plan again.`,
        },
      ]
    : [];
  if (options.policyFiles) {
    const generated = {
      declarativePolicy: generation.declarativePolicy,
      scp: generation.scp,
    };
    const wrong = checkPolicyFiles(generated, options.policyFiles, limits);
    const differ = wrong.filter(f => f.severity === 'error');
    if (differ.length)
      refusals.push({
        code: 'policies-differ',
        message: `The documents in ${
          options.policiesDir ?? '--policies'
        } are not what the config generates as of ${today} (edited by hand, or not regenerated${
          generation.expired.length ? ' since an exception expired' : ''
        }): ${describe(differ)} Run "ami-governance generate --out ${
          options.policiesDir ?? 'dist'
        }", commit the result and plan again.`,
      });
  }
  const warnings: PlanNote[] = generation.expired.map(p => ({
    code: 'exception-expired',
    message: `Exception for ${p.provider}${
      p.exception!.ticket ? ` (${p.exception!.ticket})` : ''
    } expired on ${
      p.exception!.expires_on
    } and is left out of the policies. Remove it from the config, or renew it with a new approval.`,
  }));
  const settings = expectedPoliciesOf(config, today).settings;
  return {
    ok: true,
    input: {
      today,
      configSha256: options.configSha256,
      opsPublisher: config.ops_publisher_account.account_id,
      amiBuildAccounts: settings.denyAmiCreation
        ? [...settings.amiBuildAccounts]
        : null,
      expected: { allowlist: generation.allowlist, settings },
      documents: {
        declarativePolicy: generation.declarativePolicy.compact,
        scp: generation.scp.compact,
      },
      notes: providerNotesOf(config, today),
      validThrough: validThroughOf(config, today),
      policyNames: {
        declarativePolicy:
          options.policyNames?.declarativePolicy ??
          RUNBOOK_POLICY_NAMES.declarativePolicy,
        scp: options.policyNames?.scp ?? RUNBOOK_POLICY_NAMES.scp,
      },
      targets: options.targets ?? configured.targets,
      refusals,
      warnings,
      readiness: options.readiness,
      acceptBlocking: options.acceptBlocking,
      acceptUncollected: options.acceptUncollected,
      limits,
    },
  };
}
