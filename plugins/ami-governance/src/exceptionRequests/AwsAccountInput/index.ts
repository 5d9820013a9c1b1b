export { AwsAccountInput } from './AwsAccountInput';
