import {
  EnforcementMode,
  isIsoDate,
  IsoDate,
  PolicyLimits,
  utcDateOf,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { InvalidArgumentError, Option } from 'commander';
import { checkPolicyTargets } from '@ami-governance/backstage-plugin-ami-governance-common';

/** `--today`, defaulting to the current UTC date: the only place the CLI reads the clock. */
export const todayOption = () =>
  new Option(
    '--today <YYYY-MM-DD>',
    'evaluate expiry as of this UTC date',
  ).argParser((value: string): IsoDate => {
    if (!isIsoDate(value))
      throw new InvalidArgumentError(
        'expected a calendar date written YYYY-MM-DD, e.g. 2027-01-31.',
      );
    return value;
  });

export const resolveToday = (today?: IsoDate): IsoDate =>
  today ?? utcDateOf(new Date());

export const modeOption = () =>
  new Option(
    '--mode <mode>',
    'override policy_config.enforcement_mode',
  ).choices(['audit_mode', 'enabled'] satisfies EnforcementMode[]);

const positiveInt = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError('expected a whole number above 0.');
  return n;
};

const nonNegativeInt = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new InvalidArgumentError('expected a whole number, 0 or more.');
  return n;
};

export const limitOptions = () => [
  new Option(
    '--scp-limit <chars>',
    'SCP size limit in characters (AWS default 10,240; 5,120 before May 2026)',
  ).argParser(positiveInt),
  new Option(
    '--declarative-limit <chars>',
    'declarative policy size limit in characters (AWS default 10,000)',
  ).argParser(positiveInt),
];

export const warnDaysOption = () =>
  new Option(
    '--warn-days <days>',
    'warning window in days (default: policy_config.warning_days, 14)',
  ).argParser(nonNegativeInt);

export function limitsFrom(opts: {
  scpLimit?: number;
  declarativeLimit?: number;
}): Partial<PolicyLimits> {
  return {
    ...(opts.scpLimit ? { scpMaxChars: opts.scpLimit } : {}),
    ...(opts.declarativeLimit
      ? { declarativePolicyMaxChars: opts.declarativeLimit }
      : {}),
  };
}

/** `--targets r-…,ou-…`: the roots, OUs or accounts to attach both policies to. */
export const targetsOption = () =>
  new Option(
    '--targets <ids>',
    'comma-separated root, OU or account IDs to attach both policies to (default: policy_config.targets, else the root)',
  ).argParser((value: string) => {
    const checked = checkPolicyTargets(
      value.split(',').map(id => id.trim()),
      '--targets',
    );
    if (!checked.ok)
      throw new InvalidArgumentError(
        checked.findings.map(f => f.message).join('; '),
      );
    return checked.targets;
  });

/** `--accept-blocking N`: how many launches a switch to enabled may block, as the readiness report counts them. */
export const acceptBlockingOption = () =>
  new Option(
    '--accept-blocking <n>',
    'go ahead although the readiness report shows this many launches (or fewer) that enabled would block',
  ).argParser(nonNegativeInt);

/** `--accept-uncollected ID,ID`: the accounts enabled may reach although their workloads were not collected. */
export const acceptUncollectedOption = () =>
  new Option(
    '--accept-uncollected <ids>',
    'go ahead although the readiness report did not collect these accounts (exactly the ones plan names, comma-separated)',
  ).argParser((value: string) => {
    const ids = value
      .split(',')
      .map(id => id.trim())
      .filter(Boolean);
    const wrong = ids.filter(id => !/^\d{12}$/.test(id));
    if (wrong.length)
      throw new InvalidArgumentError(
        `${wrong.join(', ')} ${
          wrong.length === 1
            ? 'is not a 12-digit account ID'
            : 'are not 12-digit account IDs'
        }; pass the IDs plan names, comma-separated`,
      );
    return ids;
  });
