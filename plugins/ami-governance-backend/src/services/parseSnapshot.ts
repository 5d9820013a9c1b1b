import { InputError } from '@backstage/errors';
import {
  formatJsonPath,
  OrganizationSnapshot,
  organizationSnapshotSchema,
} from 'ami-governance-common';

/** Validates a snapshot against the documented format; the error names each bad field. */
export function parseSnapshot(
  input: unknown,
  what = 'The snapshot',
): OrganizationSnapshot {
  const result = organizationSnapshotSchema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues
    .slice(0, 5)
    .map(issue => `${formatJsonPath(issue.path) || '(root)'} ${issue.message}`)
    .join('; ');
  const more =
    result.error.issues.length > 5
      ? ` (and ${result.error.issues.length - 5} more)`
      : '';
  throw new InputError(
    `${what} does not match snapshot format 1: ${problems}${more}. See docs/backend.md.`,
  );
}
