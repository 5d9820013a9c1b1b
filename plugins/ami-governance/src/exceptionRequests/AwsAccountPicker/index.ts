export { AwsAccountPicker } from './AwsAccountPicker';
export { awsAccountPickerValidation } from './validation';
