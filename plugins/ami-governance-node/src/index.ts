/**
 * Node-side AMI governance: the AWS Organizations collector that produces organization snapshots,
 * shared by the backend plugin and the CLI.
 *
 * @packageDocumentation
 */

export { createOrganizationsClient } from './client';
export type { OrganizationsClientOptions } from './client';
export { collectOrganizationSnapshot } from './collect';
export type { CollectOrganizationSnapshotOptions } from './collect';
export { DEFAULT_RETRY } from './retry';
export type { RetryOptions } from './retry';
export { NO_EFFECTIVE_POLICY } from './effectivePolicies';
