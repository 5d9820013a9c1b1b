import {
  isIsoDate,
  targetTypeSchema,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { z } from 'zod';

// The plan file `ami-governance plan --out` writes and `apply --plan` reads: what AWS held when it was
// made (a hash), the documents to send, every step in order, and what was refused or warned about.
// Bump `version` on any incompatible change.

/** @public */
export const PLAN_FORMAT = 'ami-governance-plan';
/** @public */
export const PLAN_FORMAT_VERSION = 2;

/** Why a plan may not be applied (refusals) or what a reviewer should know (warnings). @public */
export const PLAN_NOTE_CODES = [
  'config-invalid',
  'policies-differ',
  'document-invalid',
  'allowlist-empty',
  'ops-publisher-missing',
  'allowlists-differ',
  'creation-guard-exemptions',
  'document-too-large',
  'policy-not-found',
  'target-not-found',
  'policy-type-not-enabled',
  'readiness-missing',
  'readiness-stale',
  'readiness-incomplete',
  'would-block-launches',
  'deployed-changed',
  'config-changed',
  'plan-differs',
  'exception-expired',
  'amazon-not-allowed',
  'scp-governs-no-member-account',
  'scp-enforces-immediately',
  'coverage-narrowed',
  'blocking-accepted',
  'uncollected-accepted',
] as const;

/** @public */
export type PlanNoteCode = (typeof PLAN_NOTE_CODES)[number];

const isoDate = z.string().refine(isIsoDate, { error: 'must be YYYY-MM-DD' });
const kind = z.enum(['declarativePolicy', 'scp']);
const target = z.object({
  targetId: z.string().min(1),
  name: z.string(),
  type: targetTypeSchema,
});

const note = z.object({
  code: z.enum(PLAN_NOTE_CODES),
  message: z.string(),
  /** The flag or action that lifts a refusal, when one makes sense. */
  override: z.string().optional(),
});

const step = z.discriminatedUnion('action', [
  z.object({ action: z.literal('create'), kind, name: z.string().min(1) }),
  z.object({ action: z.literal('update'), kind, policyId: z.string().min(1) }),
  z.object({ action: z.literal('attach'), kind, target }),
  z.object({ action: z.literal('detach'), kind, target }),
]);

const providerChange = z.object({ provider: z.string(), note: z.string() });

const policyEntry = z.object({
  /** The name it is found or created under. */
  name: z.string().min(1),
  /** Null when the policy does not exist yet. */
  policyId: z.string().nullable(),
  description: z.string(),
  /** The compact document sent as `Content`. */
  content: z.string().min(1),
  action: z.enum(['create', 'update', 'none']),
  changes: z.object({
    added: z.array(providerChange),
    removed: z.array(providerChange),
    settings: z.array(
      z.object({ setting: z.string(), from: z.string(), to: z.string() }),
    ),
    /** Differences the lists above do not name, in words. */
    other: z.array(z.string()),
  }),
  targets: z.object({
    wanted: z.array(target),
    attach: z.array(target),
    detach: z.array(target),
  }),
});

/** @public */
export const policyPlanSchema = z.object({
  format: z.literal(PLAN_FORMAT),
  version: z.literal(PLAN_FORMAT_VERSION),
  createdAt: z.iso.datetime({ offset: true }),
  /** The UTC date the allowlist was computed for. */
  today: isoDate,
  organization: z.object({
    id: z.string(),
    managementAccountId: z.string(),
  }),
  config: z.object({
    sha256: z.string().min(1),
    opsPublisher: z.string(),
    /** Accounts the SCP's creation guard exempts; null when there is no creation guard. */
    amiBuildAccounts: z.array(z.string()).nullable(),
    allowlist: z.array(z.string()),
    /** The last day the allowlist holds: the earliest expiry among the exceptions in it. */
    validThrough: isoDate.nullable(),
  }),
  limits: z.object({
    declarativePolicyMaxChars: z.number().int().positive(),
    scpMaxChars: z.number().int().positive(),
    maxImageCriteria: z.number().int().positive(),
    providersPerCriterion: z.number().int().positive(),
  }),
  /** SHA-256 of the deployed policies (IDs, names, contents, targets) when the plan was made. */
  deployedSha256: z.string().min(1),
  readiness: z
    .object({
      collectedAt: z.string(),
      instances: z.number().int().min(0),
      launchTemplates: z.number().int().min(0),
      /** Accounts the switch to enabled reaches whose workloads the report did not collect. */
      uncollected: z.array(z.string()),
    })
    .nullable(),
  acceptedBlocking: z.number().int().min(0).nullable(),
  /** `--accept-uncollected`: the accounts accepted without collected workloads. */
  acceptedUncollected: z.array(z.string()).nullable(),
  policies: z.object({ declarativePolicy: policyEntry, scp: policyEntry }),
  /** In the order apply runs them: creates and updates, then attachments, then detachments. */
  steps: z.array(step),
  refusals: z.array(note),
  warnings: z.array(note),
});

/** @public */
export type PolicyPlan = z.output<typeof policyPlanSchema>;
/** @public */
export type PolicyPlanEntry = PolicyPlan['policies']['scp'];
/** @public */
export type PlanStep = PolicyPlan['steps'][number];
/** @public */
export type PlanNote = PolicyPlan['refusals'][number];
/** @public */
export type PlanTarget = PolicyPlanEntry['targets']['wanted'][number];
/** @public */
export type PolicyContentChanges = PolicyPlanEntry['changes'];

/** Reads a plan file's text; the error says why it is not a plan this version can apply. @public */
export function parsePolicyPlan(
  text: string,
): { ok: true; plan: PolicyPlan } | { ok: false; error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `it is not JSON (${(e as Error).message})` };
  }
  const parsed = policyPlanSchema.safeParse(value);
  if (parsed.success) return { ok: true, plan: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    error: `it is not a plan of format ${PLAN_FORMAT} version ${PLAN_FORMAT_VERSION}: ${
      issue.path.join('.') || '(root)'
    } ${issue.message}`,
  };
}
