/**
 * The AMI governance domain core, shared by the backend, the frontend, the scaffolder action and the
 * CLI. Browser-safe: no file system, no AWS SDK. Every function that depends on the date takes
 * `today` as an argument.
 *
 * @packageDocumentation
 */

export * from './accounts';
export * from './awsNames';
export * from './dates';
export * from './findings';
export * from './limits';
export * from './config/schema';
export * from './config/parseConfig';
export * from './rules/exceptionTypes';
export * from './rules/exceptionStatus';
export * from './rules/publishers';
export * from './rules/publisherOrder';
export * from './rules/publisherQuery';
export * from './rules/validateConfig';
export * from './rules/checkPolicyFiles';
export type { DeclarativePolicySettings } from './policies/declarativePolicy';
export type { ScpSettings } from './policies/scp';
export * from './policies/generatePolicies';
export * from './policies/readDeclarativePolicy';
export * from './policies/readScp';
export * from './policies/compareAllowlists';
export { CHILD_POLICY_LOCK } from './policies/operators';
export { asRecord, parseJsonObject } from './policies/parseJsonObject';
export { declarativeDocumentFindings } from './rules/checkPolicyFiles';
export * from './organization/snapshotSchema';
export * from './organization/statusTypes';
export * from './organization/ancestry';
export * from './organization/coverage';
export * from './organization/drift';
export * from './organization/driftIdentity';
export * from './organization/compliance';
export * from './organization/expectedPolicies';
export * from './organization/organizationStatus';
export * from './permissions';
export * from './rules/exceptionRequest';
export {
  EXCEPTION_TICKET_MAX_LENGTH,
  EXCEPTION_TICKET_PATTERN,
  MIN_EXCEPTION_REASON_LENGTH,
  describeExceptionTypes,
  exceptionRequestFieldFindings,
  exceptionRequestInputSchema,
  exceptionRequestSchema,
} from './rules/exceptionRequestSchema';
export * from './exceptionRequests';
export * from './organization/treeIntegrity';
export * from './config/jsonText';
export * from './config/exceptionMessage';
export * from './config/exceptionDurationCap';
export { unknownKeyFindings } from './config/unknownKeys';
export * from './rules/configChange';
export * from './plan/policyNames';
export * from './config/policyTargets';
export * from './plan/readiness';
export * from './workloads/imageCriteria';
export * from './workloads/imageAllowed';
export * from './workloads/scpLaunch';
export * from './workloads/impact';
export * from './workloads/regionSettings';
export * from './workloads/workloadSchema';
export * from './workloads/fromSnapshot';
export * from './workloads/publisherVerdicts';
export * from './workloads/impactDates';
export * from './workloads/blockedSummary';
export * from './workloads/accountStanding';
export * from './workloads/explainLaunch';
export * from './organization/statusSummary';
export * from './api/contract';
export * from './api/explainTypes';
export * from './workloads/launchLayers';
export * from './workloads/nextApply';
export * from './workloads/criterionWords';
export * from './config/imageCriteriaFields';
export * from './policies/imageCriteriaPlan';
export * from './policies/publisherConstraints';
export * from './policies/criteriaChanges';
export * from './workloads/accountAwsAndGit';
export * from './notifications/expiryNotice';
export * from './rules/exceptionRequestAccount';
export {
  checkExpiry,
  checkExtensionDate,
} from './rules/exceptionRequestExpiry';
export type { ExpiryRequest } from './rules/exceptionRequestExpiry';
export * from './rules/exceptionRequestExpiryChoice';
export * from './rules/exceptionRequestNames';
export { writeExceptionEntry } from './rules/exceptionRequestText';
export type { ConfigTextEdit } from './rules/exceptionRequestText';
export * from './rules/exceptionRequestChange';
export * from './rules/exceptionRequestPreview';
export * from './rules/exceptionRequestForm';
export * from './rules/exceptionRequestAccountId';
export * from './rules/exceptionRequestContext';
