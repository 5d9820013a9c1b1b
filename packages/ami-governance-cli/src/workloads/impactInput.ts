import {
  criteriaFromDeclarativePolicy,
  describeJsonError,
  formatJsonPath,
  ImageCriterion,
  OrganizationSnapshot,
  organizationSnapshotSchema,
  parseJsonText,
  readDeclarativePolicy,
  WorkloadsSnapshot,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { UsageError } from '../lib/exitCodes';
import { readTextFile } from '../lib/files';

/** A snapshot that carries the workloads `impact` judges. */
export type WorkloadSnapshot = OrganizationSnapshot & {
  workloads: WorkloadsSnapshot;
};

const COLLECT_HINT =
  'Collect one with "ami-governance snapshot --workloads --out FILE" (docs/workloads.md).';

/** Reads `--snapshot`: a format-2 snapshot with its `workloads` section, or a usage error saying how to get one. */
export function readWorkloadSnapshot(path: string): WorkloadSnapshot {
  const decoded = parseJsonText(readTextFile(path, 'snapshot', '--snapshot'));
  if (!decoded.ok)
    throw new UsageError(
      `${describeJsonError(
        `--snapshot "${path}"`,
        decoded,
      )}. Pass an organization snapshot file. ${COLLECT_HINT}`,
    );
  const parsed = organizationSnapshotSchema.safeParse(decoded.value);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 3)
      .map(i => `${formatJsonPath(i.path) || '(root)'} ${i.message}`);
    throw new UsageError(
      `--snapshot "${path}" is not an organization snapshot: ${problems.join(
        '; ',
      )}. ${COLLECT_HINT}`,
    );
  }
  const snapshot = parsed.data;
  if (!snapshot.workloads)
    throw new UsageError(
      `--snapshot "${path}" has no workloads section (snapshot format ${
        snapshot.version
      }${
        snapshot.version === 1 ? '' : ', collected without --workloads'
      }): impact needs each account's instances and launch templates. ${COLLECT_HINT}`,
    );
  return { ...snapshot, workloads: snapshot.workloads };
}

/** What today's launches are judged against: the deployed declarative policy's criteria, or nothing. */
export type ImpactBaseline =
  | {
      kind: 'deployed-policy';
      policy: { id: string; name: string };
      /** `audit_mode`, `enabled` or `disabled`, as the deployed policy sets it. */
      mode?: string;
      criteria: ImageCriterion[];
    }
  /** No declarative policy with Allowed AMIs settings is deployed: nothing is restricted today. */
  | { kind: 'none' };

/**
 * Today's allowlist: what the deployed declarative policy's `allowed_images_settings` allows. A policy
 * without those settings restricts no image, as no policy does.
 */
export function deployedBaseline(
  snapshot: OrganizationSnapshot,
  path: string,
): ImpactBaseline {
  const deployed = snapshot.policies.declarativePolicy;
  if (!deployed) return { kind: 'none' };
  const reading = readDeclarativePolicy(deployed.content);
  if (!reading.ok)
    throw new UsageError(
      `--snapshot "${path}": the deployed declarative policy ${deployed.name} (${deployed.id}) cannot be read: ${reading.error}.`,
    );
  // readDeclarativePolicy has checked that the content is a JSON object with an ec2_attributes object.
  type Attributes = { allowed_images_settings?: { image_criteria?: unknown } };
  const content = parseJsonText(deployed.content);
  const settings = content.ok
    ? (content.value as { ec2_attributes: Attributes }).ec2_attributes
        .allowed_images_settings
    : undefined;
  if (!settings || typeof settings !== 'object') return { kind: 'none' };
  return {
    kind: 'deployed-policy',
    policy: { id: deployed.id, name: deployed.name },
    ...(reading.policy.mode && { mode: reading.policy.mode }),
    criteria: criteriaFromDeclarativePolicy(settings.image_criteria),
  };
}
