/** The workload tables (migrations/20261220000000_workloads.js). */
export const TABLES = {
  collections: 'ami_governance_workload_collections',
  accounts: 'ami_governance_workload_accounts',
  regions: 'ami_governance_workload_regions',
  images: 'ami_governance_workload_images',
  instances: 'ami_governance_workload_instances',
  launchTemplates: 'ami_governance_workload_launch_templates',
  publicImages: 'ami_governance_workload_public_images',
} as const;

/** Every table that holds one generation's rows, keyed by collection_id. */
export const GENERATION_TABLES = [
  TABLES.accounts,
  TABLES.regions,
  TABLES.images,
  TABLES.instances,
  TABLES.launchTemplates,
  TABLES.publicImages,
] as const;

/** Widths of the columns a report's strings go into (the migration's string lengths). */
export const COLUMN_WIDTHS = {
  id: 64,
  region: 32,
  state: 32,
  managedBy: 64,
  ownerAlias: 64,
  errorCode: 255,
  timestamp: 40,
} as const;
