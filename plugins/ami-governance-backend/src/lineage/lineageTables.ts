import { TABLES } from '../workloads/tables';

/** The lineage tables (migrations/20270101000000_lineage.js), kept across collections. */
export const LINEAGE_TABLES = {
  images: 'ami_governance_lineage_images',
  edges: 'ami_governance_lineage_edges',
  events: 'ami_governance_lineage_events',
} as const;

/** The workload tables the answers join with (the generation served). */
export const WORKLOAD_TABLES = {
  instances: TABLES.instances,
  launchTemplates: TABLES.launchTemplates,
} as const;

/** How deep the recursive walks go: far beyond AWS's chains, a guard against corrupt data. */
export const MAX_DEPTH = 64;
