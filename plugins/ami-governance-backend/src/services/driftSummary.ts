import {
  DriftVerdict,
  OrganizationStatus,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { createHash } from 'node:crypto';

/**
 * A fingerprint of what differs between AWS and Git: two snapshots with the same fingerprint show the
 * same drift, so the oldest of an unbroken run says since when that drift has existed.
 */
export function summarizeDrift(status: OrganizationStatus): {
  verdict: DriftVerdict;
  driftFingerprint: string;
} {
  const details = Object.values(status.policies).map(p => ({
    kind: p.kind,
    deployed: p.deployed,
    missing: p.drift?.missing,
    extra: p.drift?.extra,
    mode: p.drift?.mode?.deployed,
    publicSharing: p.drift?.publicSharing?.deployed,
    creationGuard: p.drift?.creationGuard?.deployed,
    ungoverned: p.coverage.ungoverned.map(a => a.id),
    differing: p.compliance?.differing.map(a => a.id),
  }));
  const driftFingerprint = createHash('sha256')
    .update(JSON.stringify({ verdict: status.verdict, details }))
    .digest('hex');
  return { verdict: status.verdict, driftFingerprint };
}
