import { LoggerService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import type { OrganizationSnapshot } from '@ami-governance/backstage-plugin-ami-governance-common';
import { ResourceLimits, Worker } from 'node:worker_threads';
import { PayloadTooLargeError } from '../http/writeRoutes';
import {
  NEXT_BATCH,
  SNAPSHOT_CHECK_TASK,
  SnapshotCheckInput,
  SnapshotCheckMessage,
  snapshotCheckWorkerFile,
} from './snapshotCheckWorker';

/** The snapshots a worker checked: what SnapshotIngestor asks before it skips its own scan. */
const checkedSnapshots = new WeakSet<object>();

/** True for a snapshot that came out of checkSnapshotOffThread, this very object. */
export function checkedOffThread(
  value: unknown,
): value is OrganizationSnapshot {
  return (
    typeof value === 'object' && value !== null && checkedSnapshots.has(value)
  );
}

/**
 * Under Backstage's CLI (`yarn start`) a worker inherits its TypeScript loader; run from source
 * anywhere else (jest) it needs the loader given. Built, the worker is plain JavaScript.
 */
function execArgvFor(file: string): string[] | undefined {
  if (!file.endsWith('.ts')) return undefined;
  if (process.execArgv.some(arg => arg.includes('nodeTransform')))
    return undefined;
  return [
    ...process.execArgv,
    '--require',
    require.resolve('@backstage/cli-node/config/nodeTransform.cjs'),
  ];
}

/** True when `bytes` is the whole of its memory, which can then move to the worker without a copy. */
const ownsItsMemory = (bytes: Uint8Array) =>
  bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;

type CheckOptions = {
  /** The worker's heap (default: V8's, or what --max-old-space-size sets). */
  resourceLimits?: ResourceLimits;
  /** Where a failure of the worker itself is logged. */
  logger?: LoggerService;
};

function checkInWorker(
  json: Uint8Array | string,
  what: string,
  { resourceLimits, logger }: CheckOptions,
): Promise<OrganizationSnapshot> {
  return new Promise((resolve, reject) => {
    const input: SnapshotCheckInput = { task: SNAPSHOT_CHECK_TASK, json, what };
    const worker = new Worker(snapshotCheckWorkerFile, {
      workerData: input,
      transferList:
        typeof json !== 'string' && ownsItsMemory(json)
          ? [json.buffer as ArrayBuffer]
          : undefined,
      execArgv: execArgvFor(snapshotCheckWorkerFile),
      resourceLimits,
    });
    let snapshot: OrganizationSnapshot | undefined;
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      outcome();
      // Done, refused or failed: nothing more is asked of the worker.
      void worker.terminate();
    };
    // The next batch is asked for once I/O had its turn: readers wait one batch at most.
    const next = () => setImmediate(() => worker.postMessage(NEXT_BATCH));
    worker.on('message', (message: SnapshotCheckMessage) => {
      switch (message.kind) {
        case 'head':
          snapshot = message.snapshot;
          next();
          break;
        case 'accounts':
          for (const account of message.accounts)
            snapshot!.accounts.push(account);
          next();
          break;
        case 'workloadAccounts':
          for (const account of message.accounts)
            snapshot!.workloads!.accounts.push(account);
          next();
          break;
        case 'regionItems': {
          const accounts = snapshot!.workloads!.accounts;
          const region = accounts[accounts.length - 1].regions[message.region];
          const list = (region as unknown as Record<string, unknown[]>)[
            message.list
          ];
          for (const item of message.items) list.push(item);
          next();
          break;
        }
        case 'done':
          checkedSnapshots.add(snapshot!);
          settle(() => resolve(snapshot!));
          break;
        case 'refused':
          settle(() => reject(new InputError(message.message)));
          break;
        default:
      }
    });
    const fail = (error: Error & { code?: string }) =>
      settle(() => {
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
          reject(
            new PayloadTooLargeError(
              `${what} is too large to check in this backend's memory: push workloads in parts (partial: true) or give the backend a larger heap (--max-old-space-size)`,
            ),
          );
          return;
        }
        // The cause can name the server's files: it goes to the log, not into an answer.
        logger?.error(`Checking ${what} failed in its worker thread`, error);
        reject(
          new Error(
            `Checking ${what} failed in its worker thread: the backend log has the cause`,
          ),
        );
      });
    worker.on('error', fail);
    // A batch that could not be taken in: without it the snapshot is incomplete.
    worker.on('messageerror', fail);
    worker.on('exit', code =>
      settle(() =>
        reject(
          new Error(
            `Checking ${what} stopped (exit code ${code}) before it finished`,
          ),
        ),
      ),
    );
  });
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Parses `json` and checks it as a snapshot (the documented format, the organization's shape, no
 * control character in any text, nothing in a workload report the tables cannot hold) in a worker
 * thread: the serving thread only takes the result back, in pieces. Refused input is an InputError
 * naming the JSON path, as parseSnapshot's. One check runs at a time, so two large pushes never hold
 * two parsed copies besides the stored ones.
 */
export function checkSnapshotOffThread(
  json: Uint8Array | string,
  what = 'The snapshot',
  options: CheckOptions = {},
): Promise<OrganizationSnapshot> {
  const checked = queue.then(() => checkInWorker(json, what, options));
  // The queue holds no snapshot: the last one checked is the caller's to let go of.
  queue = checked.then(
    () => undefined,
    () => undefined,
  );
  return checked;
}
