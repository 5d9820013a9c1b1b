import {
  AwsAccountPicker,
  awsAccountPickerValidation,
} from '../AwsAccountPicker';
import {
  ExceptionExpiryPicker,
  exceptionExpiryPickerValidation,
} from '../ExceptionExpiryPicker';
import {
  ExceptionRequestPreview,
  exceptionRequestPreviewValidation,
} from '../ExceptionRequestPreview';

// The exception request form's field extensions, once: registered for the legacy app
// (`fieldExtensions.ts`) and for the new frontend system (`formFields.ts`).

export const awsAccountPickerOptions = {
  name: 'AwsAccountPicker',
  component: AwsAccountPicker,
  validation: awsAccountPickerValidation,
};

export const exceptionExpiryPickerOptions = {
  name: 'ExceptionExpiryPicker',
  component: ExceptionExpiryPicker,
  validation: exceptionExpiryPickerValidation,
};

export const exceptionRequestPreviewOptions = {
  name: 'ExceptionRequestPreview',
  component: ExceptionRequestPreview,
  validation: exceptionRequestPreviewValidation,
};
