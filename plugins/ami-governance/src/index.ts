/**
 * The AMI Governance frontend plugin: the page (publishers with live countdowns, policy attachment,
 * coverage, compliance and drift, exception requests) with "Can I launch this?" at its `/explain`
 * sub route, an entity card for AWS accounts, and the exception request form's field extensions for
 * the scaffolder.
 *
 * @packageDocumentation
 */
export {
  amiGovernancePlugin,
  AmiGovernancePage,
  EntityAmiGovernanceCard,
} from './plugin';
export {
  rootRouteRef as amiGovernanceRouteRef,
  explainRouteRef as amiGovernanceExplainRouteRef,
  platformRouteRef as amiGovernancePlatformRouteRef,
  imageRouteRef as amiGovernanceImageRouteRef,
  requestExceptionRouteRef as amiGovernanceRequestExceptionRouteRef,
} from './routes';
export {
  AWS_ACCOUNT_ID_ANNOTATION,
  LEGACY_AWS_ACCOUNT_ID_ANNOTATION,
  REQUEST_EXCEPTION_PATH,
  awsAccountIdOf,
  isAmiGovernanceAvailable,
} from './constants';
export * from './api';
export {
  AwsAccountPickerFieldExtension,
  ExceptionExpiryPickerFieldExtension,
  ExceptionRequestPreviewFieldExtension,
} from './exceptionRequests/scaffolder/fieldExtensions';
