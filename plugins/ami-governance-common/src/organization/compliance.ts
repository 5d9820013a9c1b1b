import { compareAllowlists } from '../policies/compareAllowlists';
import { readDeclarativePolicy } from '../policies/readDeclarativePolicy';
import type { SnapshotAccount } from './snapshotSchema';
import type { ExpectedPolicies, PolicyCompliance } from './statusTypes';

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
  for (const account of accounts) {
    const { id, name, effectiveDeclarativePolicy } = account;
    if (effectiveDeclarativePolicy === undefined) {
      const reason =
        account.effectivePolicyError ?? 'no effective policy collected';
      result.unknown.push({ id, name, reason });
      continue;
    }
    const read = readDeclarativePolicy(effectiveDeclarativePolicy);
    if (!read.ok) {
      result.unknown.push({ id, name, reason: read.error });
      continue;
    }
    const { mode, providers, criteriaWithoutProviders } = read.policy;
    const { missing, extra, inSync } = compareAllowlists(
      expected.allowlist,
      providers,
    );
    // A criterion without providers allows any publisher, so the list alone cannot match.
    if (
      inSync &&
      mode === expectedMode &&
      criteriaWithoutProviders.length === 0
    ) {
      result.matching.push({ id, name });
      continue;
    }
    result.differing.push({
      id,
      name,
      missing,
      extra,
      ...(mode === undefined ? {} : { mode }),
      expectedMode,
      ...(criteriaWithoutProviders.length
        ? { unrestrictedCriteria: criteriaWithoutProviders }
        : {}),
    });
  }
  return result;
}
