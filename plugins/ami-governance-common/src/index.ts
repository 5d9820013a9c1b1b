/**
 * The contract of AMI governance, shared by the frontend, the backend, the node library, the
 * scaffolder action and the CLI: the REST API types generated from the OpenAPI document, the
 * permissions, the governance config schema and the rules the browser shares with the backend.
 * Browser-safe: no file system, no AWS SDK. Every function that depends on the date takes `today`.
 *
 * @packageDocumentation
 */

// The REST API contract: types generated from the OpenAPI document and the helpers that read them.
export type {
  ApiComponents,
  ApiPaths,
  ApiQuery,
  ApiResponse,
  ConfigError,
} from './api/contract';

// The permissions the backend authorizes against.
export {
  amiGovernanceExceptionRequestCreatePermission,
  amiGovernancePermissions,
  amiGovernanceSnapshotCreatePermission,
  amiGovernanceStatusReadPermission,
} from './permissions';

// Shared primitives: account IDs, AWS names, UTC dates, findings.
export {
  ACCOUNT_ID_PATTERN,
  canonicalOwnerAlias,
  canonicalProvider,
  isAccountId,
  ownerAliasSpellings,
} from './lib/accounts';
export type { ImageProvider, PolicyDocumentKind } from './lib/accounts';
export { AWS_REGION_PATTERN, isAwsRegion, isIamRoleName } from './lib/awsNames';
export { addDays, daysBetween, isIsoDate, utcDateOf } from './lib/dates';
export type { IsoDate } from './lib/dates';
export { formatJsonPath, hasErrors, sortFindings } from './lib/findings';
export type { Finding } from './lib/findings';

// The governance config: its schema, parsing, validation and the publisher and exception rules read from it.
export { configChangeFindings } from './config/configChange';
export { describeCountdown, exceptionStatus } from './config/exceptionStatus';
export type { ExceptionState } from './config/exceptionStatus';
export { EXCEPTION_TYPE_NAMES, EXCEPTION_TYPES } from './config/exceptionTypes';
export type { ExceptionType } from './config/exceptionTypes';
export { describeJsonError, parseJsonText } from './config/jsonText';
export { decodeConfigInput, parseGovernanceConfig } from './config/parseConfig';
export type { ParseConfigResult } from './config/parseConfig';
export {
  checkPolicyTargets,
  configuredPolicyTargets,
} from './config/policyTargets';
export { countPublishers } from './config/publisherOrder';
export {
  filterPublishers,
  matchesPublisherQuery,
} from './config/publisherQuery';
export type { PublisherQuery } from './config/publisherQuery';
export { computeAllowlist, listPublishers } from './config/publishers';
export type { Publisher, PublisherCategory } from './config/publishers';
export type {
  EnforcementMode,
  ExceptionEntry,
  GovernanceConfig,
} from './config/schema';
export { validateConfig } from './config/validateConfig';
export type { ValidationResult } from './config/validateConfig';

// The two policy documents: generation from the config and reading them back.
export {
  checkPolicyFiles,
  declarativeDocumentFindings,
} from './policies/checkPolicyFiles';
export { compareAllowlists } from './policies/compareAllowlists';
export {
  buildPolicyDocuments,
  generatePolicies,
  POLICY_FILE_NAMES,
  POLICY_TITLES,
  policySettingsOf,
} from './policies/generatePolicies';
export type {
  GeneratedPolicy,
  GenerationResult,
} from './policies/generatePolicies';
export { resolveLimits } from './policies/limits';
export type { PolicyLimits } from './policies/limits';
export { parseJsonObject } from './policies/parseJsonObject';
export { readDeclarativePolicy } from './policies/readDeclarativePolicy';
export { readScp } from './policies/readScp';
export {
  criteriaChangeWords,
  describeCriterionConstraints,
} from './policies/criteriaChanges';
export type { CriteriaChange } from './policies/criteriaChanges';

// Organization snapshots: their format, drift, coverage and status.
export { accountAncestry } from './organization/ancestry';
export { computeCoverage } from './organization/coverage';
export { declarativePolicyDrift, scpDrift } from './organization/drift';
export { driftIdentity, policyOutOfSync } from './organization/driftIdentity';
export { expectedPoliciesOf } from './organization/expectedPolicies';
export {
  computeOrganizationStatus,
  isSnapshotStale,
} from './organization/organizationStatus';
export {
  organizationSnapshotSchema,
  SNAPSHOT_FORMAT_VERSION,
  targetTypeSchema,
} from './organization/snapshotSchema';
export type {
  CollectionError,
  DeployedPolicy,
  OrganizationSnapshot,
  SnapshotAccount,
  TargetType,
} from './organization/snapshotSchema';
export { accountList, summarizeStatus } from './organization/statusSummary';
export type {
  DriftVerdict,
  ExpectedPolicies,
  GitAhead,
  OrganizationStatus,
  PolicyDrift,
  PolicyStatus,
  SettingDrift,
} from './organization/statusTypes';
export { findTreeProblems } from './organization/treeIntegrity';

// Workloads: their snapshot format and which images a policy allows or blocks.
export { accountAwsAndGit } from './workloads/accountAwsAndGit';
export {
  accountStanding,
  organizationIndex,
} from './workloads/accountStanding';
export type {
  OrganizationIndex,
  OrganizationParts,
} from './workloads/accountStanding';
export { blockedByAccount, summarizeBlocked } from './workloads/blockedSummary';
export type {
  AccountImpact,
  BlockedCount,
  BlockedSummary,
  PublisherImpact,
} from './workloads/blockedSummary';
export type { LapsingException } from './workloads/impactDates';
export {
  launchTemplateWorkloadId,
  unresolvedWorkloads,
  workloadsOf,
} from './workloads/fromSnapshot';
export { evaluateAllowedImages } from './workloads/imageAllowed';
export type { ImageFacts } from './workloads/imageAllowed';
export {
  criteriaFromDeclarativePolicy,
  criteriaFromEc2Api,
} from './workloads/imageCriteria';
export type { ImageCriterion } from './workloads/imageCriteria';
export { refusalReason, refusalWords } from './workloads/criterionWords';
export type { RefusalReason } from './workloads/criterionWords';
export { criteriaFromConfig, newlyBlocked } from './workloads/impact';
export type { BlockedByPublisher, Workload } from './workloads/impact';
export {
  defaultImpactDate,
  lapsingExceptions,
  nextExceptionExpiry,
} from './workloads/impactDates';
export { nextApplyCriteria } from './workloads/nextApply';
export {
  blockedOwners,
  judgesOnlyProviders,
  withoutProvider,
} from './workloads/publisherVerdicts';
export type { ImageOwner } from './workloads/publisherVerdicts';
export { regionSettingProblems } from './workloads/regionSettings';
export type { RegionSettingProblem } from './workloads/regionSettings';
export { workloadAccountSchema } from './workloads/workloadSchema';
export type {
  AwsRefusal,
  PublicImage,
  WorkloadAccountReport,
  WorkloadImage,
  WorkloadInstance,
  WorkloadRegion,
  WorkloadsSnapshot,
} from './workloads/workloadSchema';

// Why a launch is allowed or denied, layer by layer.
export { explainLaunch } from './explain/explainLaunch';
export type {
  LaunchExplanation,
  LaunchQuestion,
} from './explain/explainLaunch';
export type {
  ExplainLaunchQuery,
  ExplainLaunchResponse,
} from './explain/explainTypes';
export type {
  AllowedImagesLayerInput,
  AllowedImagesLayerVerdict,
  ScpLayerVerdict,
} from './explain/launchLayerVerdicts';
export {
  allowedImagesLayerOf,
  effectiveAllowedImagesOf,
  launchMembershipOf,
  nextApplyReachOf,
  scpLayerOf,
} from './explain/launchLayers';

// Exception requests: the form, the config change it plans, its preview and its record.
export { checkExceptionRequestFields } from './exceptionRequests/exceptionRequest';
export type { ExceptionRequest } from './exceptionRequests/exceptionRequest';
export { isRefusedStanding } from './exceptionRequests/exceptionRequestAccount';
export type { AccountRequestStanding } from './exceptionRequests/exceptionRequestAccount';
export { describeAccountIdInput } from './exceptionRequests/exceptionRequestAccountId';
export { planExceptionChange } from './exceptionRequests/exceptionRequestChange';
export type {
  AcceptedExceptionRequestPlan,
  ExceptionChangeRefusal,
} from './exceptionRequests/exceptionRequestChange';
export { exceptionRequestRules } from './exceptionRequests/exceptionRequestContext';
export { describeExpiryChoice } from './exceptionRequests/exceptionRequestExpiryChoice';
export type { ExpiryChoice } from './exceptionRequests/exceptionRequestExpiryChoice';
export {
  exceptionRequestFromForm,
  singleLine,
} from './exceptionRequests/exceptionRequestForm';
export type { ExceptionRequestForm } from './exceptionRequests/exceptionRequestForm';
export {
  exceptionBranchName,
  mergeRequestTitle,
} from './exceptionRequests/exceptionRequestNames';
export { previewExceptionChange } from './exceptionRequests/exceptionRequestPreview';
export type {
  ExceptionRequestPreview,
  PolicySizeChange,
} from './exceptionRequests/exceptionRequestPreview';
export {
  compareMergeRequestStates,
  isMergeRequestState,
  isOpenMergeRequestState,
  OPEN_MERGE_REQUEST_STATES,
} from './exceptionRequests/exceptionRequestRecord';
export type {
  ExceptionRequestRecord,
  MergeRequestState,
  NewExceptionRequestRecord,
} from './exceptionRequests/exceptionRequestRecord';
export {
  EXCEPTION_TICKET_MAX_LENGTH,
  EXCEPTION_TICKET_PATTERN,
  exceptionRequestInputSchema,
  MIN_EXCEPTION_REASON_LENGTH,
} from './exceptionRequests/exceptionRequestSchema';

// Plan/apply: the policy names and types AWS Organizations knows.
export {
  isPolicyId,
  ORGANIZATIONS_POLICY_TYPES,
  POLICY_KINDS,
  RUNBOOK_POLICY_NAMES,
  targetTypeOf,
} from './planApply/policyNames';

// Lineage: where each AMI comes from (its ancestry), its provenance and what a compromised one reaches.
export {
  allowlistStanding,
  imageCriteriaStanding,
} from './lineage/allowlistStanding';
export type {
  AllowlistStanding,
  ImageCriteriaStanding,
} from './lineage/allowlistStanding';
export { imageComplianceFindings } from './lineage/imageCompliance';
export type {
  ImageComplianceFacts,
  ImageComplianceFinding,
  ImageComplianceRule,
  ImageComplianceRules,
} from './lineage/imageCompliance';
export {
  chainFromWalk,
  lineageNodes,
  mergeNodes,
} from './lineage/lineageGraph';
export type {
  LineageEdge,
  LineageNode,
  ParentState,
} from './lineage/lineageGraph';
export { LINEAGE_IMAGE_ID_PATTERN } from './lineage/lineageSchema';
export type { ImageLineage, LineageLink } from './lineage/lineageSchema';
export { PROVENANCE_ORDER, provenanceOf } from './lineage/provenance';
export type {
  ChainEnd,
  ChainLink,
  ImageChain,
  Provenance,
  ProvenanceVerdict,
} from './lineage/provenance';
export { lineageGraphOf, scopeOfImpact } from './lineage/scopeOfImpact';
