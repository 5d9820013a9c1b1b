export { AwsEnforcement } from './AwsEnforcement';
export type { AwsEnforcementProps } from './AwsEnforcement';
