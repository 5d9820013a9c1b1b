import type { Finding } from '../lib/findings';
import { targetTypeOf } from '../planApply/policyNames';
import { asRecord } from '../policies/parseJsonObject';
import { z } from 'zod';

/**
 * `policy_config.targets`: the roots, OUs or accounts both policies are attached to, for an
 * organization that rolls out OU by OU (the runbook's pilot phase). Absent means the root.
 * @public
 */
export const policyTargetsSchema = z
  .array(
    z
      .string({ error: 'must be a root, OU or account ID string' })
      .refine(id => targetTypeOf(id) !== undefined, {
        error:
          'must be a root ID (r-…), an OU ID (ou-…-…) or a 12-digit account ID',
      }),
    { error: 'must be a list of root, OU or account IDs' },
  )
  .min(1, {
    error: 'must name at least one target; leave it out to attach at the root',
  })
  .refine(ids => new Set(ids).size === ids.length, {
    error: 'must not name the same target twice',
  });

/** @public */
export type PolicyTargetsResult =
  | { ok: true; targets?: string[] }
  | { ok: false; findings: Finding[] };

/** Checks a list of target IDs, e.g. from `--targets`; `where` names it in the message. @public */
export function checkPolicyTargets(
  value: unknown,
  where: string,
): PolicyTargetsResult {
  const parsed = policyTargetsSchema.safeParse(value);
  if (parsed.success) return { ok: true, targets: parsed.data };
  return {
    ok: false,
    findings: parsed.error.issues.map(issue => {
      const index = typeof issue.path[0] === 'number' ? issue.path[0] : -1;
      const path = index >= 0 ? `${where}[${index}]` : where;
      const shown =
        index >= 0 && Array.isArray(value)
          ? ` (found ${JSON.stringify(value[index])})`
          : '';
      return {
        severity: 'error',
        code: 'schema',
        path,
        message: `${path} ${issue.message}${shown}`,
      };
    }),
  };
}

/**
 * `policy_config.targets` of a decoded config file: `targets` undefined when the key is absent.
 * Read from the decoded JSON because the config schema does not carry the key yet.
 * @public
 */
export function configuredPolicyTargets(decoded: unknown): PolicyTargetsResult {
  const value = asRecord(asRecord(decoded)?.policy_config)?.targets;
  if (value === undefined) return { ok: true };
  return checkPolicyTargets(value, 'policy_config.targets');
}
