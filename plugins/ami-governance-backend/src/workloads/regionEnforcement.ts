import {
  AllowedImagesLayerInput,
  criteriaFromEc2Api,
  ImageCriterion,
  RegionSettingProblem,
  regionSettingProblems,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import {
  AccountRegionRow,
  regionRefusal,
  WorkloadQueries,
} from './WorkloadQueries';
import type { EffectiveSettings } from './effectiveSettings';

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

// Few distinct settings exist: each is parsed and judged once per expected criteria (an effective
// policy's criteria are one array for every account sharing its content, see effectiveSettings).
const judgments = new WeakMap<
  ImageCriterion[],
  Map<string, ReturnType<typeof judge>>
>();

/** What the EC2 API says one account-region enforces, parsed, with what is wrong with it. */
export function judgedSetting(
  row: SettingRow,
  mode: string,
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
  mode: string,
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
 * The same for one account, from its rows (a handful of regions): which of its regions do not enforce
 * its effective policy, and what of it is not visible.
 */
export function accountRegionsView(
  accountId: string,
  account:
    | { error?: { code: string; message: string }; regions: AccountRegionRow[] }
    | undefined,
  effective: AllowedImagesLayerInput | undefined,
) {
  const byProblem = { notManagedByPolicy: 0, otherState: 0, otherCriteria: 0 };
  const items = [];
  const refused = [];
  let read = 0;
  let unmeasured = 0;
  for (const r of account?.regions ?? []) {
    const judged = judgedAgainstEffective(r, effective);
    if (judged) read++;
    if (judged && !effective) unmeasured++;
    if (!judged || r.error_code !== null)
      refused.push(regionRefusal(accountId, r));
    if (!judged?.problems?.length) continue;
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
    regionsNotEnforcing: {
      total: items.length,
      read,
      unmeasured,
      measuredAgainst: 'effective-policy' as const,
      byProblem,
      items,
    },
    notVisible: {
      accounts: { total: notVisibleAccounts.length, items: notVisibleAccounts },
      regions: { total: refused.length, items: refused },
    },
  };
}

/**
 * What one account-region enforces against what AWS deploys for its account: its effective
 * declarative policy's state and criteria. Without one (no declarative policy reaches the account, or
 * its effective policy could not be read) nothing is measured: `problems` is absent.
 */
const NOTHING_EXPECTED: ImageCriterion[] = [];

type JudgedSetting = NonNullable<ReturnType<typeof judgedSetting>>;

export function judgedAgainstEffective(
  row: SettingRow,
  effective: AllowedImagesLayerInput | undefined,
):
  | { setting: JudgedSetting['setting']; problems?: RegionSettingProblem[] }
  | undefined {
  if (effective)
    return judgedSetting(
      row,
      effective.state.replace(/-/g, '_'),
      effective.criteria,
    );
  const judged = judgedSetting(row, '', NOTHING_EXPECTED);
  return judged && { setting: judged.setting };
}

/**
 * The account-regions whose Allowed AMIs setting differs from their account's effective (deployed)
 * declarative policy: Git being ahead of AWS is drift, reported apart, never a region's problem.
 * Regions of accounts without an effective policy are counted apart (`unmeasured`). The first `limit`
 * items are listed from the accounts' own rows, in account order.
 */
export async function regionsAgainstEffective(
  queries: WorkloadQueries,
  generation: number,
  effective: EffectiveSettings,
  limit: number,
) {
  const byProblem = { notManagedByPolicy: 0, otherState: 0, otherCriteria: 0 };
  let read = 0;
  let total = 0;
  let unmeasured = 0;
  const accountsWithProblems: string[] = [];
  for (const s of await queries.distinctSettingsByAccount(generation)) {
    read += s.count;
    const reference = effective.get(s.accountId);
    if (!reference) {
      unmeasured += s.count;
      continue;
    }
    const judged = judgedAgainstEffective(
      {
        allowed_images_state: s.state,
        allowed_images_managed_by: s.managedBy,
        allowed_images_criteria: s.criteria,
      },
      reference,
    );
    const problems = judged?.problems ?? [];
    if (!problems.length) continue;
    total += s.count;
    for (const p of problems) byProblem[PROBLEM_NAMES[p]] += s.count;
    if (accountsWithProblems.at(-1) !== s.accountId)
      accountsWithProblems.push(s.accountId);
  }
  const items = [];
  for (const accountId of accountsWithProblems) {
    if (items.length >= limit) break;
    const view = accountRegionsView(
      accountId,
      await queries.account(generation, accountId),
      effective.get(accountId),
    );
    items.push(
      ...view.regionsNotEnforcing.items.slice(0, limit - items.length),
    );
  }
  return {
    total,
    read,
    unmeasured,
    measuredAgainst: 'effective-policy' as const,
    byProblem,
    items,
  };
}
