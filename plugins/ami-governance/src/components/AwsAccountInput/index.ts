export { AwsAccountInput } from './AwsAccountInput';
export type { AwsAccountInputProps } from './AwsAccountInput';
