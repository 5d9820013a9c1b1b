/**
 * Catalog backend module: the AWS accounts of the organization the AMI Governance backend collected,
 * as `Resource` entities of type `aws-account` annotated `amazonaws.com/account-id`, owned as an
 * account tag says.
 *
 * @packageDocumentation
 */

export { catalogModuleAmiGovernance as default } from './module';
export { AmiGovernanceAccountProvider } from './AmiGovernanceAccountProvider';
export type { AmiGovernanceAccountProviderDeps } from './AmiGovernanceAccountProvider';
export {
  accountEntities,
  AWS_ACCOUNT_ENTITY_TYPE,
  AWS_ACCOUNT_ID_ANNOTATION,
  AWS_ORGANIZATION_ID_ANNOTATION,
} from './accountEntities';
export type {
  AccountEntities,
  AccountEntityOptions,
  OrganizationAccount,
} from './accountEntities';
