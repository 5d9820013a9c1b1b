import { createFormField } from '@backstage/plugin-scaffolder-react/alpha';
import {
  awsAccountPickerOptions,
  exceptionExpiryPickerOptions,
  exceptionRequestPreviewOptions,
} from './fieldOptions';

/** The field extensions as the new frontend system's scaffolder loads them. */
export const awsAccountPickerFormField = createFormField(
  awsAccountPickerOptions,
);
export const exceptionExpiryPickerFormField = createFormField(
  exceptionExpiryPickerOptions,
);
export const exceptionRequestPreviewFormField = createFormField(
  exceptionRequestPreviewOptions,
);
