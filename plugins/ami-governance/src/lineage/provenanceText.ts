import type { Health } from '../organization/health';
import type { AllowlistStanding, ImageProvenance } from '../api/lineageTypes';

/** The order every list of provenances follows: the risky ones first. */
export const PROVENANCES_RISKY_FIRST: ImageProvenance[] = [
  'foreign',
  'unknown',
  'golden-derived',
  'golden',
];

/** How each provenance reads, and how it is marked. */
export const PROVENANCE_LABELS: Record<ImageProvenance, string> = {
  golden: 'Golden',
  'golden-derived': 'Golden-derived',
  foreign: 'Foreign',
  unknown: 'Unknown',
};

export function provenanceHealth(p: ImageProvenance | undefined): Health {
  if (p === 'golden' || p === 'golden-derived') return 'ok';
  if (p === 'foreign') return 'warning';
  return 'unknown';
}

/** Allowed, not allowed, or unknown when the answer has no standing. */
export function allowlistHealth(
  standing: AllowlistStanding | undefined,
): Health {
  if (!standing) return 'unknown';
  return standing.allowed ? 'ok' : 'error';
}

/** `Allowed (vendor: InfoBlox)`, `Not allowed`, or unknown when the answer has none. */
export function allowlistText(standing: AllowlistStanding | undefined) {
  if (!standing) return 'Allowlist standing unknown';
  if (!standing.allowed) return 'Owner not on the allowlist';
  const entry = [standing.category, standing.name].filter(Boolean).join(': ');
  return entry ? `Owner allowed (${entry})` : 'Owner allowed';
}

/** `123456789012 (amazon)`, or unknown. */
export function ownerText(link: { ownerId?: string; ownerAlias?: string }) {
  if (!link.ownerId) return 'owner unknown';
  return link.ownerAlias
    ? `${link.ownerId} (${link.ownerAlias})`
    : link.ownerId;
}
