import { messageOf } from './errorMessage';
import {
  POLICY_FILE_NAMES,
  PolicyDocumentKind,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UsageError } from './exitCodes';

/** Reads a text file; a missing or unreadable file is a usage error that names the path. */
export function readTextFile(path: string, what: string, flag: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const reason =
      (e as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'no such file'
        : messageOf(e);
    throw new UsageError(
      `cannot read ${what} "${path}": ${reason}. Pass ${flag} with the path of an existing file.`,
    );
  }
}

/** A folder the command reads from or writes to: a file in its place is a usage error naming the flag. */
export function requireFolder(
  path: string,
  flag: string,
  create = false,
): void {
  try {
    if (create) mkdirSync(path, { recursive: true });
    if (!statSync(path).isDirectory()) throw new Error('it is a file');
  } catch (e) {
    if (!create && (e as NodeJS.ErrnoException).code === 'ENOENT') return; // Reported as missing files.
    throw new UsageError(
      `${flag} "${path}" must be a folder (${messageOf(
        e,
      )}). Pass the path of a folder.`,
    );
  }
}

/** The file's text, or undefined when it does not exist. */
function readOptionalTextFile(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UsageError(`cannot read "${path}": ${messageOf(e)}`);
  }
}

/** The two committed documents in `dir` (e.g. `dist`), each undefined when its file is missing. */
export function readPolicyFiles(
  dir: string,
): Record<PolicyDocumentKind, string | undefined> {
  requireFolder(dir, '--policies');
  return {
    declarativePolicy: readOptionalTextFile(
      join(dir, POLICY_FILE_NAMES.declarativePolicy),
    ),
    scp: readOptionalTextFile(join(dir, POLICY_FILE_NAMES.scp)),
  };
}

/** Fails before any AWS call when the file could not be written anyway. */
export function requireFolderOf(file: string, flag: string): void {
  const dir = dirname(resolve(file));
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new UsageError(
      `cannot write "${file}": the folder ${dir} does not exist. Pass ${flag} with a path in an existing folder.`,
    );
}
