import type { Health } from '../organization/health';
import type {
  AllowlistStanding,
  ImageCriteriaStanding,
  ImageProvenance,
} from '../api/lineageTypes';

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

/**
 * A standing's health (the owner's allowlist standing, the criteria's verdict): allowed is ok,
 * unknown (no standing, or a fact nobody knows) is unknown, anything else an error.
 */
export function standingHealth(
  standing: AllowlistStanding | ImageCriteriaStanding | undefined,
): Health {
  if (!standing || standing.status === 'unknown') return 'unknown';
  return standing.status === 'allowed' ? 'ok' : 'error';
}

/** `Owner allowed (vendor: InfoBlox)`, `Owner not on the allowlist`, or unknown. */
export function allowlistText(standing: AllowlistStanding | undefined) {
  if (!standing || standing.status === 'unknown')
    return 'Allowlist standing unknown';
  if (standing.status === 'not-allowed') return 'Owner not on the allowlist';
  const entry = [standing.category, standing.name].filter(Boolean).join(': ');
  return entry ? `Owner allowed (${entry})` : 'Owner allowed';
}

/** `Allowed AMIs criteria in Git: allowed (criteria_1)`, `… refused`, or unknown. */
export function criteriaText(standing: ImageCriteriaStanding | undefined) {
  const status = standing?.status ?? 'unknown';
  return `Allowed AMIs criteria in Git: ${status}${
    standing?.criterion ? ` (${standing.criterion})` : ''
  }`;
}

/** `123456789012 (amazon)`, or unknown. */
export function ownerText(link: { ownerId?: string; ownerAlias?: string }) {
  if (!link.ownerId) return 'owner unknown';
  return link.ownerAlias
    ? `${link.ownerId} (${link.ownerAlias})`
    : link.ownerId;
}
