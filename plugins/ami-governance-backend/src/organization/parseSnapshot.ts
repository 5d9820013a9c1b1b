import { InputError } from '@backstage/errors';
import {
  findTreeProblems,
  formatJsonPath,
  OrganizationSnapshot,
  organizationSnapshotSchema,
} from '@ami-governance/backstage-plugin-ami-governance-common';

/** An ISO 8601 timestamp with at most nanoseconds and an offset fits in 35 characters. */
const MAX_TIMESTAMP_LENGTH = 35;

function refuse(what: string, problems: string[], total: number): never {
  const more =
    total > problems.length ? ` (and ${total - problems.length} more)` : '';
  throw new InputError(
    `${what} does not match snapshot format 1: ${problems.join(
      '; ',
    )}${more}. See docs/backend.md.`,
  );
}

/**
 * Validates a snapshot against the documented format and the shape AWS Organizations allows (no
 * duplicate IDs, no missing parents or cycles, at most five OU levels); the error names each bad node.
 * Snapshots are untrusted input: every check here is linear in the snapshot's size.
 */
export function parseSnapshot(
  input: unknown,
  what = 'The snapshot',
): OrganizationSnapshot {
  const result = organizationSnapshotSchema.safeParse(input);
  if (!result.success) {
    const issues = result.error.issues;
    refuse(
      what,
      issues
        .slice(0, 5)
        .map(i => `${formatJsonPath(i.path) || '(root)'} ${i.message}`),
      issues.length,
    );
  }
  const snapshot = result.data;
  if (snapshot.collectedAt.length > MAX_TIMESTAMP_LENGTH) {
    refuse(
      what,
      [
        `collectedAt has more fractional digits than a timestamp needs: use e.g. 2026-11-23T08:00:00.123Z`,
      ],
      1,
    );
  }
  const problems = findTreeProblems(snapshot, 5);
  if (problems.length > 0) {
    refuse(
      what,
      problems.map(p => `${p.path}: ${p.message}`),
      problems.length,
    );
  }
  return snapshot;
}
