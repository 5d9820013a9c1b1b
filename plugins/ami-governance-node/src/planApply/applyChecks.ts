import { POLICY_KINDS } from '@ami-governance/backstage-plugin-ami-governance-common';
import type { PlanNote, PolicyPlan } from './planSchema';

// A saved plan is a reviewed expectation, never an instruction: `apply` re-derives the plan from the
// checkout and a fresh read of AWS and goes ahead only when the two are equal. These decide "equal".

type Json = unknown;

const shown = (value: Json): string => {
  const text = value === undefined ? 'absent' : JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
};

/** The first path at which two JSON values differ (arrays by position, objects by key), or null. */
function firstDifference(
  saved: Json,
  rebuilt: Json,
  path: string,
): { path: string; saved: Json; rebuilt: Json } | null {
  if (Object.is(saved, rebuilt)) return null;
  const bothArrays = Array.isArray(saved) && Array.isArray(rebuilt);
  const bothObjects =
    !bothArrays &&
    typeof saved === 'object' &&
    typeof rebuilt === 'object' &&
    saved !== null &&
    rebuilt !== null &&
    !Array.isArray(saved) &&
    !Array.isArray(rebuilt);
  if (bothArrays) {
    const a = saved as Json[];
    const b = rebuilt as Json[];
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (bothObjects) {
    const a = saved as Record<string, Json>;
    const b = rebuilt as Record<string, Json>;
    // The rebuilt plan's key order first (the builder's order reads top-down), then keys only the file has.
    const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
    for (const key of keys) {
      const d = firstDifference(a[key], b[key], path ? `${path}.${key}` : key);
      if (d) return d;
    }
    return null;
  }
  return { path: path || '(the plan)', saved, rebuilt };
}

const PLAN_AGAIN = 'Nothing was changed. Plan again and review the new plan.';

/**
 * Why a saved plan may not be applied: it differs from the plan re-derived now (`rebuilt`) in anything
 * but when it was written. Null when the two are equal. The date, the config and what AWS holds are
 * named in words; any other difference by its JSON path, with both values.
 * @public
 */
export function planDifference(
  saved: PolicyPlan,
  rebuilt: PolicyPlan,
): PlanNote | null {
  if (saved.today !== rebuilt.today)
    return {
      code: 'plan-differs',
      message: `The plan was made for ${saved.today} and today is ${rebuilt.today} (UTC): the allowlist and the readiness rules are computed per day. ${PLAN_AGAIN}`,
    };
  if (saved.config.sha256 !== rebuilt.config.sha256)
    return {
      code: 'config-changed',
      message: `The config is not the one this plan was made from (its SHA-256 differs). ${PLAN_AGAIN}`,
    };
  if (saved.deployedSha256 !== rebuilt.deployedSha256)
    return {
      code: 'deployed-changed',
      message: `The deployed policies changed since this plan was made at ${saved.createdAt} (someone edited, attached or detached them, or another apply ran). ${PLAN_AGAIN}`,
    };
  const { createdAt: _saved, ...savedRest } = saved;
  const { createdAt: _rebuilt, ...rebuiltRest } = rebuilt;
  const d = firstDifference(savedRest, rebuiltRest, '');
  if (!d) return null;
  return {
    code: 'plan-differs',
    message: `The plan file is not what the config, the committed documents, the options given and AWS produce now: at ${
      d.path
    } the file has ${shown(d.saved)}, re-deriving gives ${shown(
      d.rebuilt,
    )}. A plan file is only ever compared, never executed: edited, made from another checkout or with other options, it is refused. ${PLAN_AGAIN}`,
  };
}

/**
 * Whether AWS already holds what a saved plan wanted (a retried apply job): the plan re-derived now has
 * nothing to do and nothing to refuse, and the documents and targets the file wanted are those.
 * @public
 */
export function planInEffect(saved: PolicyPlan, rebuilt: PolicyPlan): boolean {
  if (rebuilt.steps.length || rebuilt.refusals.length) return false;
  return POLICY_KINDS.every(kind => {
    const want = saved.policies[kind];
    const now = rebuilt.policies[kind];
    const ids = (p: typeof want) =>
      p.targets.wanted
        .map(t => t.targetId)
        .sort()
        .join();
    return want.content === now.content && ids(want) === ids(now);
  });
}
