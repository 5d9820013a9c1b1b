import type { RegionSettingProblem } from '@ami-governance/backstage-plugin-ami-governance-common';
import type { AccountRegionStanding } from '../api/workloadTypes';

// A region's problems are measured against its account's effective (deployed) declarative policy,
// never the config (Git being ahead of AWS is drift, said apart): every sentence names that measure,
// so it cannot read as contradicting "its effective policy matches the deployed one".

/** What each problem of an account-region's Allowed AMIs setting means, in words. */
const REGION_PROBLEM_WORDS: Record<RegionSettingProblem, string> = {
  'not-managed-by-policy': 'set by the account, not by the declarative policy',
  'other-state': "in another state than the account's effective policy sets",
  'other-criteria':
    "with other image criteria than the account's effective policy sets",
};

/** "set by the account, not by the declarative policy; in another state than the account's effective policy sets" */
export function describeRegionProblems(problems: RegionSettingProblem[]) {
  return problems.map(p => REGION_PROBLEM_WORDS[p] ?? p).join('; ');
}

/** What one region's setting is measured against, and the verdict, on one line of the account's card. */
export function describeRegionMeasure(region: AccountRegionStanding): string {
  if (!region.allowedImages) return 'Not read: nothing to measure.';
  if (region.measuredAgainst !== 'effective-policy')
    return "Not measured: no declarative policy sets Allowed AMIs for this account, so the region's own setting is all there is.";
  const lead = "Against the account's effective declarative policy";
  return region.problems?.length
    ? `${lead}: does not enforce it yet, ${describeRegionProblems(
        region.problems,
      )}.`
    : `${lead}: enforces it.`;
}
