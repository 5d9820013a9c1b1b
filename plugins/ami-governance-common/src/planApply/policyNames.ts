import type { PolicyDocumentKind } from '../lib/accounts';
import type { TargetType } from '../organization/snapshotSchema';

/**
 * The names the governance runbook gives the two policies in AWS Organizations: `plan` and `apply`
 * find them under these names, and create them under these names when they do not exist.
 * @public
 */
export const RUNBOOK_POLICY_NAMES: Readonly<
  Record<PolicyDocumentKind, string>
> = Object.freeze({
  declarativePolicy: 'ami-governance-declarative-policy',
  scp: 'scp-ami-guardrail',
});

/** The AWS Organizations policy type of each document. @public */
export const ORGANIZATIONS_POLICY_TYPES = {
  declarativePolicy: 'DECLARATIVE_POLICY_EC2',
  scp: 'SERVICE_CONTROL_POLICY',
} as const satisfies Record<PolicyDocumentKind, string>;

/** Both documents, in the order plan and apply handle them: the declarative policy first, as the runbook does. @public */
export const POLICY_KINDS: readonly PolicyDocumentKind[] = [
  'declarativePolicy',
  'scp',
];

/** IDs as AWS Organizations writes them (the AttachPolicy TargetId patterns). */
const TARGET_ID_PATTERNS: readonly [TargetType, RegExp][] = [
  ['ROOT', /^r-[0-9a-z]{4,32}$/],
  ['ORGANIZATIONAL_UNIT', /^ou-[0-9a-z]{4,32}-[0-9a-z]{8,32}$/],
  ['ACCOUNT', /^\d{12}$/],
];

/** `ROOT`, `ORGANIZATIONAL_UNIT` or `ACCOUNT` for a well-formed target ID, else undefined. @public */
export function targetTypeOf(id: string): TargetType | undefined {
  return TARGET_ID_PATTERNS.find(([, pattern]) => pattern.test(id))?.[0];
}

/** True for a policy ID (`p-` and 8 to 128 letters, digits or `_`), false for a policy name. @public */
export function isPolicyId(nameOrId: string): boolean {
  return /^p-[0-9a-zA-Z_]{8,128}$/.test(nameOrId);
}
