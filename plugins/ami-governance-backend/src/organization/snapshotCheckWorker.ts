import { InputError, isErrorWithName } from '@backstage/errors';
import type {
  OrganizationSnapshot,
  WorkloadAccountReport,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { checkWorkloadReports } from '../workloads/checkWorkloadSection';
import { refuseControlCharacters } from './controlCharacters';
import { parseSnapshot } from './parseSnapshot';

// The worker side of checkSnapshotOffThread: parsing, validating and scanning a large snapshot (a
// 99 MB push: about 2 s of CPU and 400 MB of heap) happens here, so the replica taking a push keeps
// answering its readers and never collects the garbage. The result goes back in pieces, so
// the serving thread never takes it in one long stretch either.

/** This module's own file: the entry a check worker runs (TypeScript from source, .cjs.js built). */
export const snapshotCheckWorkerFile = __filename;

/** Marks the workers that run this module's task, so importing it elsewhere does nothing. */
export const SNAPSHOT_CHECK_TASK = 'ami-governance:check-snapshot';

export type SnapshotCheckInput = {
  task: typeof SNAPSHOT_CHECK_TASK;
  /** The snapshot's JSON, as UTF-8 bytes (a request body) or text (a file). */
  json: Uint8Array | string;
  /** How errors name the snapshot, e.g. `The snapshot at org.json`. */
  what: string;
};

/**
 * What the worker posts: the head, then one batch each time the caller asks for the next (so the
 * caller takes one batch per turn of its event loop), then done; or refused.
 */
export type SnapshotCheckMessage =
  /** The snapshot with its lists of accounts left empty: `accounts` and `workloads.accounts`. */
  | { kind: 'head'; snapshot: OrganizationSnapshot }
  | { kind: 'accounts'; accounts: OrganizationSnapshot['accounts'] }
  | { kind: 'workloadAccounts'; accounts: WorkloadAccountReport[] }
  /** More items of one list (`instances`…) of a region of the last workload account posted. */
  | { kind: 'regionItems'; region: number; list: string; items: unknown[] }
  | { kind: 'done' }
  /** Refused as input (400): the message names the JSON path and the fix. */
  | { kind: 'refused'; message: string };

/** What the caller posts for the next batch. */
export const NEXT_BATCH = 'next';

/** Items (accounts, instances, launch templates, AMIs…) per batch: about 1 MB of JSON. */
const BATCH_ITEMS = 2_000;

type Region = WorkloadAccountReport['regions'][number];

/** An account report's weight: its regions and every list they hold. */
function itemsOf(account: WorkloadAccountReport): number {
  let items = 1;
  for (const region of account.regions) {
    items += 1;
    for (const value of Object.values(region))
      if (Array.isArray(value)) items += value.length;
  }
  return items;
}

/** A region with each of its lists empty, to be filled by regionItems messages. */
const withoutLists = (region: Region): Region =>
  Object.fromEntries(
    Object.entries(region).map(([key, value]) => [
      key,
      Array.isArray(value) ? [] : value,
    ]),
  ) as unknown as Region;

function* slices<T>(list: T[]): Generator<T[]> {
  for (let i = 0; i < list.length; i += BATCH_ITEMS)
    yield list.slice(i, i + BATCH_ITEMS);
}

/**
 * The workload reports in batches of about BATCH_ITEMS items; a report larger than that goes on its
 * own, its regions' lists sent after it in slices, so no message is much larger than a batch.
 */
function* workloadMessages(
  reports: WorkloadAccountReport[],
): Generator<SnapshotCheckMessage> {
  let batch: WorkloadAccountReport[] = [];
  let items = 0;
  for (const report of reports) {
    const weight = itemsOf(report);
    if (weight <= BATCH_ITEMS) {
      batch.push(report);
      items += weight;
      if (items < BATCH_ITEMS) continue;
    }
    if (batch.length > 0) yield { kind: 'workloadAccounts', accounts: batch };
    batch = [];
    items = 0;
    if (weight <= BATCH_ITEMS) continue;
    yield {
      kind: 'workloadAccounts',
      accounts: [{ ...report, regions: report.regions.map(withoutLists) }],
    };
    for (const [region, value] of report.regions.entries())
      for (const [list, listed] of Object.entries(value))
        if (Array.isArray(listed))
          for (const slice of slices<unknown>(listed))
            yield { kind: 'regionItems', region, list, items: slice };
  }
  if (batch.length > 0) yield { kind: 'workloadAccounts', accounts: batch };
}

function* messagesOf(
  snapshot: OrganizationSnapshot,
): Generator<SnapshotCheckMessage> {
  const { accounts, workloads } = snapshot;
  yield {
    kind: 'head',
    snapshot: {
      ...snapshot,
      accounts: [],
      ...(workloads && { workloads: { ...workloads, accounts: [] } }),
    },
  };
  for (const slice of slices(accounts))
    yield { kind: 'accounts', accounts: slice };
  yield* workloadMessages(workloads?.accounts ?? []);
  yield { kind: 'done' };
}

function check(input: SnapshotCheckInput): OrganizationSnapshot {
  let data: unknown;
  try {
    const text =
      typeof input.json === 'string'
        ? input.json
        : new TextDecoder('utf-8', { fatal: true }).decode(input.json);
    data = JSON.parse(text);
  } catch (e) {
    throw new InputError(
      `${input.what} is not valid JSON (UTF-8): ${(e as Error).message}`,
    );
  }
  const snapshot = parseSnapshot(data, input.what);
  refuseControlCharacters(snapshot);
  if (snapshot.workloads) checkWorkloadReports(snapshot.workloads);
  return snapshot;
}

function run(port: NonNullable<typeof parentPort>, input: SnapshotCheckInput) {
  let snapshot: OrganizationSnapshot;
  try {
    snapshot = check(input);
  } catch (e) {
    // Anything else is a defect: the worker's error event carries it to the caller as such.
    if (!isErrorWithName(e, 'InputError')) throw e;
    port.postMessage({
      kind: 'refused',
      message: e.message,
    } satisfies SnapshotCheckMessage);
    return;
  }
  const messages = messagesOf(snapshot);
  const post = () => {
    const next = messages.next();
    if (!next.done) port.postMessage(next.value);
    if (next.done || next.value.kind === 'done') port.close();
  };
  port.on('message', post);
  post();
}

if (
  !isMainThread &&
  parentPort &&
  (workerData as SnapshotCheckInput | undefined)?.task === SNAPSHOT_CHECK_TASK
)
  run(parentPort, workerData);
