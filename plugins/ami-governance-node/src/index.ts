/**
 * Node-side AMI governance, shared by the backend plugin and the CLI: the AWS Organizations
 * collector that produces organization snapshots, and `plan` / `apply` of the two policies.
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
export {
  OrganizationReadError,
  readOrganizationForPlan,
} from './plan/readOrganization';
export type { OrganizationAccess } from './plan/readOrganization';
export { planPolicyChanges } from './plan/planPolicies';
export { applyPolicyPlan } from './plan/applyPlan';
export type { ApplyOptions, ApplyOutcome } from './plan/applyPlan';
export type { StepOutcome } from './plan/writeSteps';
export { sha256 } from './plan/deployedHash';
export { collectWorkloads } from './workloads/collectWorkloads';
export type {
  CollectWorkloadsOptions,
  WorkloadsCredentialProvider,
} from './workloads/options';
export {
  exceptionRequestRecorderServiceRef,
  httpExceptionRequestRecorder,
} from './exceptionRequestRecorder';
export type { ExceptionRequestRecorderService } from './exceptionRequestRecorder';
