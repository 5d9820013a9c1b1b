import {
  criteriaFromEc2Api,
  EnforcementMode,
  ImageCriterion,
  RegionSettingProblem,
  regionSettingProblems,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import {
  AccountRegionQueries,
  AccountRegionRow,
  DistinctSetting,
  regionRefusal,
} from './AccountRegionQueries';

const keyOf = (
  state: string,
  managedBy: string | null,
  criteria: string | null,
) => JSON.stringify([state, managedBy, criteria ?? '[]']);

type SettingRow = {
  allowed_images_state: string | null;
  allowed_images_managed_by: string | null;
  allowed_images_criteria: string | null;
};

// Few distinct settings exist: each is parsed and judged once per expected criteria (criteriaOf
// returns the same array for a config and day).
const judgments = new WeakMap<
  ImageCriterion[],
  Map<string, ReturnType<typeof judge>>
>();

/** What the EC2 API says one account-region enforces, parsed, with what is wrong with it. */
export function judgedSetting(
  row: SettingRow,
  mode: EnforcementMode,
  expected: ImageCriterion[],
) {
  if (row.allowed_images_state === null) return undefined;
  let known = judgments.get(expected);
  if (!known) judgments.set(expected, (known = new Map()));
  const key = `${mode}|${keyOf(
    row.allowed_images_state,
    row.allowed_images_managed_by,
    row.allowed_images_criteria,
  )}`;
  let judged = known.get(key);
  if (!judged) {
    judged = judge(row, row.allowed_images_state, mode, expected);
    // Pushed snapshots are untrusted: never let the memo grow without bound.
    if (known.size >= 1000) known.clear();
    known.set(key, judged);
  }
  return judged;
}

function judge(
  row: SettingRow,
  state: string,
  mode: EnforcementMode,
  expected: ImageCriterion[],
) {
  const criteria = criteriaFromEc2Api(
    JSON.parse(row.allowed_images_criteria ?? '[]'),
  );
  const setting = {
    state,
    ...(row.allowed_images_managed_by !== null && {
      managedBy: row.allowed_images_managed_by,
    }),
    criteria,
  };
  return {
    setting,
    problems: regionSettingProblems(
      { accountId: '', region: '', ...setting },
      mode,
      expected,
    ),
  };
}

const PROBLEM_NAMES: Record<
  RegionSettingProblem,
  'notManagedByPolicy' | 'otherState' | 'otherCriteria'
> = {
  'not-managed-by-policy': 'notManagedByPolicy',
  'other-state': 'otherState',
  'other-criteria': 'otherCriteria',
};

/**
 * The account-regions whose Allowed AMIs setting differs from what the deployed policy should produce
 * (`mode` and `expected` criteria): judged once per distinct setting, listed through the index on
 * settings. The first `limit`, the total, how many have each problem, and how many account-regions
 * had a setting read at all (`read`: the rest report what the policy should produce).
 */
export async function regionsNotEnforcing(
  queries: AccountRegionQueries,
  generation: number,
  settings: DistinctSetting[],
  mode: EnforcementMode,
  expected: ImageCriterion[],
  limit: number,
) {
  const wrong = new Map<string, RegionSettingProblem[]>();
  const byProblem = { notManagedByPolicy: 0, otherState: 0, otherCriteria: 0 };
  const differing: DistinctSetting[] = [];
  let read = 0;
  for (const s of settings) {
    read += s.count;
    const judged = judgedSetting(
      {
        allowed_images_state: s.state,
        allowed_images_managed_by: s.managedBy,
        allowed_images_criteria: s.criteria,
      },
      mode,
      expected,
    );
    if (!judged?.problems.length) continue;
    wrong.set(keyOf(s.state, s.managedBy, s.criteria), judged.problems);
    differing.push(s);
    for (const p of judged.problems) byProblem[PROBLEM_NAMES[p]] += s.count;
  }
  const { total, rows } = await queries.regionsWithSettings(
    generation,
    differing,
    0,
    limit,
  );
  const items = rows.map(r => ({
    accountId: r.account_id,
    region: r.region,
    state: r.allowed_images_state,
    ...(r.allowed_images_managed_by !== null && {
      managedBy: r.allowed_images_managed_by,
    }),
    problems:
      wrong.get(
        keyOf(
          r.allowed_images_state,
          r.allowed_images_managed_by,
          r.allowed_images_criteria,
        ),
      ) ?? [],
  }));
  return { total, read, byProblem, items };
}

/**
 * The same for one account, from its rows (a handful of regions): which of its regions do not enforce
 * the policy, and what of it is not visible.
 */
export function accountRegionsView(
  accountId: string,
  account:
    | { error?: { code: string; message: string }; regions: AccountRegionRow[] }
    | undefined,
  mode: EnforcementMode,
  expected: ImageCriterion[],
) {
  const byProblem = { notManagedByPolicy: 0, otherState: 0, otherCriteria: 0 };
  const items = [];
  const refused = [];
  let read = 0;
  for (const r of account?.regions ?? []) {
    const judged = judgedSetting(r, mode, expected);
    if (judged) read++;
    if (!judged || r.error_code !== null)
      refused.push(regionRefusal(accountId, r));
    if (!judged?.problems.length) continue;
    for (const p of judged.problems) byProblem[PROBLEM_NAMES[p]]++;
    items.push({
      accountId,
      region: r.region,
      state: judged.setting.state,
      ...(judged.setting.managedBy !== undefined && {
        managedBy: judged.setting.managedBy,
      }),
      problems: judged.problems,
    });
  }
  const notVisibleAccounts = account?.error
    ? [{ accountId, ...account.error }]
    : [];
  return {
    regionsNotEnforcing: { total: items.length, read, byProblem, items },
    notVisible: {
      accounts: { total: notVisibleAccounts.length, items: notVisibleAccounts },
      regions: { total: refused.length, items: refused },
    },
  };
}
