export { ExceptionExpiryPicker } from './ExceptionExpiryPicker';
export { exceptionExpiryPickerValidation } from './validation';
