import {
  DeployedPolicy,
  POLICY_KINDS,
  PolicyDocumentKind,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { createHash } from 'node:crypto';

/** Hex SHA-256 of a text, e.g. the config a plan was made from. @public */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * What a plan records of AWS: the hash of our two policies' IDs, names, contents and targets (in a
 * fixed order). Any edit, attachment or detachment since changes it, so `apply` can refuse.
 */
export function deployedStateHash(
  policies: Record<PolicyDocumentKind, DeployedPolicy | null>,
): string {
  const canonical = POLICY_KINDS.map(kind => {
    const p = policies[kind];
    return p
      ? {
          kind,
          id: p.id,
          name: p.name,
          content: p.content,
          targets: p.targets.map(t => t.targetId).sort(),
        }
      : { kind, deployed: false };
  });
  return sha256(JSON.stringify(canonical));
}
