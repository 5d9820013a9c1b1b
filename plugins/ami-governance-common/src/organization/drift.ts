import { compareAllowlists } from '../policies/compareAllowlists';
import { criteriaChanges } from '../policies/criteriaChanges';
import { declarativeCriteria } from '../policies/declarativePolicy';
import { resolveLimits } from '../policies/limits';
import { readDeclarativePolicy } from '../policies/readDeclarativePolicy';
import { readScp } from '../policies/readScp';
import type {
  ExpectedPolicies,
  PolicyDrift,
  SettingDrift,
} from './statusTypes';

/** Public sharing as Git wants it; `unmanaged` when the config leaves the setting out. */
const UNMANAGED = 'unmanaged';

function setting<T>(
  expected: T,
  deployed: T | undefined,
  matches = deployed === expected,
): SettingDrift<T> {
  return { expected, deployed, matches };
}

const sameList = (a: string[] | null, b: string[] | null) =>
  a === null || b === null ? a === b : a.join() === b.join();

function unreadable(error: string): PolicyDrift {
  return { missing: [], extra: [], readError: error, inSync: false };
}

/**
 * The deployed EC2 declarative policy against what Git generates: allowlist, mode, public sharing,
 * what each publisher's AMIs must match (names, product codes, ages), and criteria without providers
 * (those allow any publisher, so they are drift whatever the list says).
 * @public
 */
export function declarativePolicyDrift(
  content: string,
  expected: ExpectedPolicies,
): PolicyDrift {
  const read = readDeclarativePolicy(content);
  if (!read.ok) return unreadable(read.error);
  const { missing, extra, inSync } = compareAllowlists(
    expected.allowlist,
    read.policy.providers,
  );
  const mode = setting<string>(expected.settings.mode, read.policy.mode);
  const publicSharing = setting<string>(
    expected.settings.blockPublicSharing ? 'block_new_sharing' : UNMANAGED,
    read.policy.imageBlockPublicAccess ?? UNMANAGED,
  );
  const unrestrictedCriteria = read.policy.criteriaWithoutProviders;
  // What Git's criteria ask beyond the provider; a config the policy cannot hold has no criteria to compare.
  const planned = declarativeCriteria(
    expected.allowlist,
    expected.settings,
    resolveLimits(),
  );
  const changes = planned.ok
    ? criteriaChanges(read.policy.criteria, planned.criteria)
    : [];
  return {
    missing,
    extra,
    mode,
    publicSharing,
    unrestrictedCriteria,
    ...(changes.length && { criteriaChanges: changes }),
    inSync:
      inSync &&
      mode.matches &&
      publicSharing.matches &&
      unrestrictedCriteria.length === 0 &&
      changes.length === 0,
  };
}

/**
 * The deployed SCP against what Git generates: the launch guard's `ec2:Owner` list, the creation
 * guard and its exemptions (`null` = no creation guard), and statements that can never match.
 * @public
 */
export function scpDrift(
  content: string,
  expected: ExpectedPolicies,
): PolicyDrift {
  const read = readScp(content);
  if (!read.ok) return unreadable(read.error);
  const { launchGuard, creationGuard } = read.policy;
  // Without a launch guard the SCP allows every publisher: nothing is "missing", and the
  // unbounded "extra" cannot be listed, so a flag says it.
  const launch = launchGuard
    ? compareAllowlists(expected.allowlist, launchGuard.providers)
    : { missing: [], extra: [], inSync: false };
  const { settings } = expected;
  const wantedGuard = settings.denyAmiCreation
    ? [...settings.amiBuildAccounts].sort()
    : null;
  const deployedGuard = creationGuard ? creationGuard.exemptAccounts : null;
  const creation = setting(
    wantedGuard,
    deployedGuard,
    sameList(wantedGuard, deployedGuard),
  );
  const ineffectiveStatements = read.policy.ineffectiveStatements.map(s =>
    s.sid ? `${s.sid}: ${s.reason}` : s.reason,
  );
  return {
    missing: launch.missing,
    extra: launch.extra,
    ...(launchGuard ? {} : { launchGuardMissing: true }),
    creationGuard: creation,
    ineffectiveStatements,
    inSync:
      launch.inSync && creation.matches && ineffectiveStatements.length === 0,
  };
}
