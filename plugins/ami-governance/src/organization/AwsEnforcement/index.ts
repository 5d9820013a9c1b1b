export { AwsEnforcement } from './AwsEnforcement';
