/**
 * The AMI governance domain core, shared by the backend, the frontend, the scaffolder action and the
 * CLI. Browser-safe: no file system, no AWS SDK. Every function that depends on the date takes
 * `today` as an argument.
 *
 * @packageDocumentation
 */

export * from './lib/accounts';
export * from './lib/awsNames';
export * from './lib/dates';
export * from './lib/findings';
export * from './policies/limits';
export * from './config/schema';
export * from './config/parseConfig';
export * from './config/exceptionTypes';
export * from './config/exceptionStatus';
export * from './config/publishers';
export * from './config/publisherOrder';
export * from './config/publisherQuery';
export * from './config/validateConfig';
export * from './policies/checkPolicyFiles';
export type { DeclarativePolicySettings } from './policies/declarativePolicy';
export type { ScpSettings } from './policies/scp';
export * from './policies/generatePolicies';
export * from './policies/readDeclarativePolicy';
export * from './policies/readScp';
export * from './policies/compareAllowlists';
export { CHILD_POLICY_LOCK } from './policies/operators';
export { asRecord, parseJsonObject } from './policies/parseJsonObject';
export { declarativeDocumentFindings } from './policies/checkPolicyFiles';
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
export * from './exceptionRequests/exceptionRequest';
export {
  EXCEPTION_TICKET_MAX_LENGTH,
  EXCEPTION_TICKET_PATTERN,
  MIN_EXCEPTION_REASON_LENGTH,
  describeExceptionTypes,
  exceptionRequestFieldFindings,
  exceptionRequestInputSchema,
  exceptionRequestSchema,
} from './exceptionRequests/exceptionRequestSchema';
export * from './exceptionRequests/exceptionRequestRecord';
export * from './organization/treeIntegrity';
export * from './config/jsonText';
export * from './config/exceptionMessage';
export * from './config/exceptionDurationCap';
export { unknownKeyFindings } from './config/unknownKeys';
export * from './config/configChange';
export * from './planApply/policyNames';
export * from './config/policyTargets';
export * from './planApply/readiness';
export * from './workloads/imageCriteria';
export * from './workloads/imageAllowed';
export * from './explain/scpLaunch';
export * from './workloads/impact';
export * from './workloads/regionSettings';
export * from './workloads/workloadSchema';
export * from './workloads/fromSnapshot';
export * from './workloads/publisherVerdicts';
export * from './workloads/impactDates';
export * from './workloads/blockedSummary';
export * from './workloads/accountStanding';
export * from './explain/explainLaunch';
export * from './organization/statusSummary';
export * from './api/contract';
export * from './explain/explainTypes';
export * from './explain/launchLayers';
export * from './workloads/nextApply';
export * from './workloads/accountAwsAndGit';
export * from './notifications/expiryNotice';
export * from './exceptionRequests/exceptionRequestAccount';
export {
  checkExpiry,
  checkExtensionDate,
} from './exceptionRequests/exceptionRequestExpiry';
export type { ExpiryRequest } from './exceptionRequests/exceptionRequestExpiry';
export * from './exceptionRequests/exceptionRequestExpiryChoice';
export * from './exceptionRequests/exceptionRequestNames';
export { writeExceptionEntry } from './exceptionRequests/exceptionRequestText';
export type { ConfigTextEdit } from './exceptionRequests/exceptionRequestText';
export * from './exceptionRequests/exceptionRequestChange';
export * from './exceptionRequests/exceptionRequestPreview';
export * from './exceptionRequests/exceptionRequestForm';
export * from './exceptionRequests/exceptionRequestAccountId';
export * from './exceptionRequests/exceptionRequestContext';
