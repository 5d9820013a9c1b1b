import type { RegionSettingProblem } from '@ami-governance/backstage-plugin-ami-governance-common';

/** What each problem of an account-region's Allowed AMIs setting means, in words. */
const REGION_PROBLEM_WORDS: Record<RegionSettingProblem, string> = {
  'not-managed-by-policy': 'set by the account, not the declarative policy',
  'other-state': 'in another state than the policy sets',
  'other-criteria': 'with other image criteria than the policy',
};

/** "set by the account, not the declarative policy; in another state than the policy sets" */
export function describeRegionProblems(problems: RegionSettingProblem[]) {
  return problems.map(p => REGION_PROBLEM_WORDS[p] ?? p).join('; ');
}
