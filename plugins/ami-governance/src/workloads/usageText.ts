import type { PublisherUsage, WorkloadCounts } from '../api/workloadTypes';
import { plural } from '../lib/format';

/** What a row says about the workloads on a publisher's AMIs, in words. */
export type RowUsage = {
  /** "14 instances, 3 launch templates in 2 accounts", or "none". */
  inUse: string;
  /** The table cell's short form: "17 workloads", or "none"; the row's details say `inUse`. */
  inUseShort: string;
  /** The table cell's warning when the lapse blocks something: "17 stop at expiry". */
  breaksShort?: string;
  /** For an exception: what its lapse blocks, e.g. "On 2026-12-02: 2 instances in 1 account stop launching". */
  atExpiry?: string;
  /** Whether the lapse blocks anything (the row warns). */
  breaks: boolean;
};

/** "14 instances, 3 launch templates in 2 accounts"; "none" when nothing uses it. */
export function describeWorkloads(
  counts: WorkloadCounts & { accounts: number },
) {
  const parts = [
    counts.instances && plural(counts.instances, 'instance'),
    counts.launchTemplates && plural(counts.launchTemplates, 'launch template'),
  ].filter(Boolean);
  if (parts.length === 0) return 'none';
  return `${parts.join(', ')} in ${plural(counts.accounts, 'account')}`;
}

/** Instances and launch templates together, as workloads: "17 workloads", or "none". */
function countWorkloads(counts: WorkloadCounts): string {
  const all = counts.instances + counts.launchTemplates;
  return all ? plural(all, 'workload') : 'none';
}

/** A row's usage from the backend's answer for its publisher. */
export function rowUsage(usage: PublisherUsage): RowUsage {
  const { atExpiry } = usage;
  const breaks = Boolean(
    atExpiry && atExpiry.instances + atExpiry.launchTemplates > 0,
  );
  return {
    inUse: describeWorkloads(usage),
    inUseShort: countWorkloads(usage),
    ...(breaks &&
      atExpiry && {
        breaksShort: `${
          atExpiry.instances + atExpiry.launchTemplates
        } stop at expiry`,
      }),
    ...(atExpiry && {
      atExpiry: breaks
        ? `From ${atExpiry.on}: ${describeWorkloads(
            atExpiry,
          )} stop being allowed`
        : `From ${atExpiry.on}: nothing stops being allowed`,
    }),
    breaks,
  };
}
