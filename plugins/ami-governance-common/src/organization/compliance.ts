import { compareAllowlists } from '../policies/compareAllowlists';
import { readDeclarativePolicy } from '../policies/readDeclarativePolicy';
import type { SnapshotAccount } from './snapshotSchema';
import type { ExpectedPolicies, PolicyCompliance } from './statusTypes';

type Difference = Omit<PolicyCompliance['differing'][number], 'id' | 'name'>;

type Verdict =
  | { kind: 'unknown'; reason: string }
  | { kind: 'matching' }
  | { kind: 'differing'; difference: Difference };

/** A difference of its own: accounts sharing a policy text share no list a caller could change. */
const copyOf = (difference: Difference): Difference => ({
  ...difference,
  missing: [...difference.missing],
  extra: [...difference.extra],
  ...(difference.unrestrictedCriteria && {
    unrestrictedCriteria: [...difference.unrestrictedCriteria],
  }),
});

/** What one effective policy text means against the expected allowlist and mode. */
function judge(
  text: string,
  allowlist: ExpectedPolicies['allowlist'],
  expectedMode: ExpectedPolicies['settings']['mode'],
): Verdict {
  const read = readDeclarativePolicy(text);
  if (!read.ok) return { kind: 'unknown', reason: read.error };
  const { mode, providers, criteriaWithoutProviders } = read.policy;
  const { missing, extra, inSync } = compareAllowlists(allowlist, providers);
  // A criterion without providers allows any publisher, so the list alone cannot match.
  if (inSync && mode === expectedMode && criteriaWithoutProviders.length === 0)
    return { kind: 'matching' };
  return {
    kind: 'differing',
    difference: {
      missing,
      extra,
      ...(mode === undefined ? {} : { mode }),
      expectedMode,
      ...(criteriaWithoutProviders.length
        ? { unrestrictedCriteria: criteriaWithoutProviders }
        : {}),
    },
  };
}

/**
 * Each account's effective EC2 declarative policy against a reference (the deployed policy, or what
 * Git generates), in snapshot order.
 * This is what AWS actually applies to the account, after any OU or account policy has been merged in.
 * @public
 */
export function computeCompliance(
  accounts: readonly SnapshotAccount[],
  expected: ExpectedPolicies & { comparedWith?: 'deployed' | 'git' },
): PolicyCompliance {
  const result: PolicyCompliance = {
    comparedWith: expected.comparedWith ?? 'git',
    matching: [],
    differing: [],
    unknown: [],
  };
  const expectedMode = expected.settings.mode;
  // What an account's policy text means for it; accounts mostly share a few texts, read once each.
  const verdicts = new Map<string, Verdict>();
  const verdictOf = (text: string): Verdict => {
    const known = verdicts.get(text);
    if (known) return known;
    const verdict = judge(text, expected.allowlist, expectedMode);
    verdicts.set(text, verdict);
    return verdict;
  };
  for (const account of accounts) {
    const { id, name, effectiveDeclarativePolicy } = account;
    if (effectiveDeclarativePolicy === undefined) {
      const reason =
        account.effectivePolicyError ?? 'no effective policy collected';
      result.unknown.push({ id, name, reason });
      continue;
    }
    const verdict = verdictOf(effectiveDeclarativePolicy);
    if (verdict.kind === 'unknown')
      result.unknown.push({ id, name, reason: verdict.reason });
    else if (verdict.kind === 'matching') result.matching.push({ id, name });
    else result.differing.push({ id, name, ...copyOf(verdict.difference) });
  }
  return result;
}
