import { messageOf } from '../lib/errorMessage';
import { open, rename, rm } from 'node:fs/promises';
import type {
  OrganizationSnapshot,
  WorkloadAccountReport,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { UsageError } from '../lib/exitCodes';

/** The workloads section, written as its reports arrive. */
interface StreamedWorkloads {
  roleName: string;
  reports: AsyncIterable<WorkloadAccountReport>;
}

const indent = (json: string, spaces: number) =>
  json.replace(/\n/g, `\n${' '.repeat(spaces)}`);

/**
 * Writes the snapshot as pretty JSON, byte for byte what `JSON.stringify(snapshot, null, 2)` would
 * give with the `workloads` section last, but each account report written as the collector yields it:
 * 200,000 instances make about 60 MB of JSON, which is never held in memory at once. The file
 * appears under its name only once complete (written beside it, then renamed).
 */
export async function writeSnapshotFile(
  out: string,
  snapshot: OrganizationSnapshot,
  workloads?: StreamedWorkloads,
): Promise<void> {
  const partial = `${out}.${process.pid}.partial`;
  let file;
  try {
    file = await open(partial, 'w');
  } catch (e) {
    throw new UsageError(`cannot write "${out}": ${messageOf(e)}`);
  }
  try {
    const head = JSON.stringify(snapshot, null, 2);
    if (!workloads) {
      await file.write(`${head}\n`);
    } else {
      // `head` ends with "\n}": the section goes in before that brace.
      await file.write(
        `${head.slice(
          0,
          -2,
        )},\n  "workloads": {\n    "roleName": ${JSON.stringify(
          workloads.roleName,
        )},\n    "accounts": [`,
      );
      let first = true;
      for await (const report of workloads.reports) {
        await file.write(
          `${first ? '' : ','}\n      ${indent(
            JSON.stringify(report, null, 2),
            6,
          )}`,
        );
        first = false;
      }
      await file.write(`${first ? '' : '\n    '}]\n  }\n}\n`);
    }
    await file.close();
    file = undefined;
    await rename(partial, out);
  } catch (e) {
    await file?.close();
    await rm(partial, { force: true });
    // A file system failure (full disk, a folder in the way) is the caller's to fix.
    if ((e as NodeJS.ErrnoException).syscall)
      throw new UsageError(`cannot write "${out}": ${messageOf(e)}`);
    throw e;
  }
}
