import { ImageCriterion } from './imageCriteria';

/** What one account enforces in one region (GetAllowedImagesSettings). @public */
export type RegionAllowedImagesSetting = {
  accountId: string;
  region: string;
  /** EC2 API spelling: `disabled`, `audit-mode` or `enabled`. */
  state: string;
  managedBy?: 'account' | 'declarative-policy' | string;
  criteria: ImageCriterion[];
};

/** Why an account-region does not enforce what the deployed policy should produce. @public */
export type RegionSettingProblem =
  | 'not-managed-by-policy'
  | 'other-state'
  | 'other-criteria';

const key = (c: ImageCriterion) =>
  JSON.stringify([
    [...(c.providers ?? [])].sort(),
    [...(c.imageNames ?? [])].sort(),
    [...(c.marketplaceProductCodes ?? [])].sort(),
    c.maximumDaysSinceCreated ?? null,
    c.maximumDaysSinceDeprecated ?? null,
  ]);

/** The same criteria whatever their names and order. @public */
export function sameCriteria(a: ImageCriterion[], b: ImageCriterion[]) {
  const [x, y] = [a.map(key).sort(), b.map(key).sort()];
  return x.length === y.length && x.every((k, i) => k === y[i]);
}

/**
 * What is wrong with one account-region against the policy: not managed by the declarative policy,
 * in another state (`expectedMode` in policy spelling, e.g. `audit_mode`), or with other criteria.
 * Empty when it enforces exactly what the policy says.
 * @public
 */
export function regionSettingProblems(
  setting: RegionAllowedImagesSetting,
  expectedMode: string,
  expectedCriteria: ImageCriterion[],
): RegionSettingProblem[] {
  const problems: RegionSettingProblem[] = [];
  if (setting.managedBy !== 'declarative-policy')
    problems.push('not-managed-by-policy');
  if (setting.state.replace(/-/g, '_') !== expectedMode)
    problems.push('other-state');
  if (!sameCriteria(setting.criteria, expectedCriteria))
    problems.push('other-criteria');
  return problems;
}
