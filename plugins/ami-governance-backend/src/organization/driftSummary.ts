import {
  DriftVerdict,
  driftIdentity,
  OrganizationStatus,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { createHash } from 'node:crypto';

/**
 * A fingerprint of what differs between AWS and Git (the core's `driftIdentity`, hashed): two
 * snapshots with the same fingerprint show the same drift, so the oldest of an unbroken run says
 * since when that drift has existed.
 */
export function summarizeDrift(status: OrganizationStatus): {
  verdict: DriftVerdict;
  driftFingerprint: string;
} {
  const driftFingerprint = createHash('sha256')
    .update(JSON.stringify(driftIdentity(status)))
    .digest('hex');
  return { verdict: status.verdict, driftFingerprint };
}
