/**
 * Node-side AMI governance, shared by the backend plugin and the CLI: the AWS Organizations
 * collector that produces organization snapshots, `plan` / `apply` of the two policies, and the GitLab
 * client and error mapping that exception requests use (the scaffolder action and the backend).
 *
 * @packageDocumentation
 */

export { createOrganizationsClient } from './aws/client';
export type { OrganizationsClientOptions } from './aws/client';
export { collectOrganizationSnapshot } from './organization/collect';
export type { CollectOrganizationSnapshotOptions } from './organization/collect';
export { DEFAULT_RETRY } from './aws/retry';
export type { RetryOptions } from './aws/retry';
export { NO_EFFECTIVE_POLICY } from './organization/effectivePolicies';
export {
  OrganizationReadError,
  readOrganizationForPlan,
} from './planApply/readOrganization';
export type { OrganizationAccess } from './planApply/readOrganization';
export { planPolicyChanges } from './planApply/planPolicies';
export { applyPolicyPlan } from './planApply/applyPlan';
export type { ApplyOptions, ApplyOutcome } from './planApply/applyPlan';
export type { StepOutcome } from './planApply/writeSteps';
export { sha256 } from './planApply/deployedHash';
export {
  parseReadinessReport,
  readinessReportSchema,
} from './planApply/readiness';
export type { ReadinessReport } from './planApply/readiness';
// The plan's rules: pure, shared by plan, apply and the CLI's summaries.
export { buildPolicyPlan } from './planApply/buildPlan';
export { planDifference, planInEffect } from './planApply/applyChecks';
export {
  policyContentChanges,
  samePolicyDocument,
} from './planApply/contentChanges';
export type {
  OrganizationReading,
  TargetReading,
} from './planApply/organizationReading';
export { preparePlanInput } from './planApply/planInput';
export type {
  PlanInput,
  PlanInputOptions,
  PlanInputResult,
} from './planApply/planInput';
export {
  parsePolicyPlan,
  PLAN_FORMAT,
  PLAN_FORMAT_VERSION,
  PLAN_NOTE_CODES,
  policyPlanSchema,
} from './planApply/planSchema';
export type {
  PlanNote,
  PlanNoteCode,
  PlanStep,
  PlanTarget,
  PolicyContentChanges,
  PolicyPlan,
  PolicyPlanEntry,
} from './planApply/planSchema';
export { providerNotesOf } from './planApply/providerNotes';
export type { ProviderNotes } from './planApply/providerNotes';
export { collectWorkloads } from './workloads/collectWorkloads';
export type {
  CollectWorkloadsOptions,
  WorkloadsCredentialProvider,
} from './workloads/options';
export {
  exceptionRequestRecorderServiceRef,
  httpExceptionRequestRecorder,
} from './exceptionRequests/exceptionRequestRecorder';
export type { ExceptionRequestRecorderService } from './exceptionRequests/exceptionRequestRecorder';
// GitLab for exception requests: one client per `integrations.gitlab` host, and its failures as
// @backstage/errors that say what to fix (the scaffolder action and the backend's refresher).
export {
  callGitlab,
  createGitlabClient,
  gitlabError,
  gitlabStatusOf,
} from './exceptionRequests/gitlab';
export type {
  GitlabCallContext,
  GitlabClient,
} from './exceptionRequests/gitlab';
