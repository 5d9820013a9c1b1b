import type { ImageProvenance, ProvenanceCounts } from '../api/lineageTypes';
import { PROVENANCES_RISKY_FIRST } from './provenanceText';

export type ProvenanceShare = {
  provenance: ImageProvenance;
  /** Instances and launch template versions. */
  workloads: number;
  /** Of all the workloads counted, 0 to 100, rounded down so the shares never add up past 100. */
  percent: number;
};

/** Workloads per provenance and their share, the risky provenances first. */
export function provenanceShares(counts: ProvenanceCounts): {
  total: number;
  shares: ProvenanceShare[];
} {
  const workloads = (p: ImageProvenance) =>
    counts[p].instances + counts[p].launchTemplates;
  const total = PROVENANCES_RISKY_FIRST.reduce((n, p) => n + workloads(p), 0);
  return {
    total,
    shares: PROVENANCES_RISKY_FIRST.map(p => ({
      provenance: p,
      workloads: workloads(p),
      percent: total ? Math.floor((workloads(p) * 100) / total) : 0,
    })),
  };
}
