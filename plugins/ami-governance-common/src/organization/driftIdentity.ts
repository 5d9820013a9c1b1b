import type { OrganizationStatus, PolicyStatus } from './statusTypes';

/**
 * What makes two statuses show "the same drift": the verdict and, per policy, whether it is deployed,
 * the providers missing and extra, the deployed mode, public sharing, creation guard and image criteria where
 * they differ, the ungoverned accounts and the accounts whose effective policy differs. Two snapshots
 * with equal identities (compared as JSON) show the same drift, so the oldest of an unbroken run says
 * since when that drift has existed. The backend stores a hash of its JSON text: keep the shape.
 * @public
 */
export function driftIdentity(status: OrganizationStatus): {
  verdict: OrganizationStatus['verdict'];
  details: unknown[];
} {
  const details = Object.values(status.policies).map(p => ({
    kind: p.kind,
    deployed: p.deployed,
    missing: p.drift?.missing,
    extra: p.drift?.extra,
    mode: p.drift?.mode?.deployed,
    publicSharing: p.drift?.publicSharing?.deployed,
    creationGuard: p.drift?.creationGuard?.deployed,
    // Undefined without criteria changes, so JSON leaves it out and earlier hashes still match.
    criteria: p.drift?.criteriaChanges,
    ungoverned: p.coverage.ungoverned.map(a => a.id),
    differing: p.compliance?.differing.map(a => a.id),
  }));
  return { verdict: status.verdict, details };
}

/**
 * Whether a policy fails: not deployed, or its deployed content not (known to be) what Git
 * generates.
 * @public
 */
export function policyOutOfSync(
  policy: Pick<PolicyStatus, 'deployed'> & { drift?: { inSync: boolean } },
): boolean {
  return !policy.deployed || !policy.drift?.inSync;
}
