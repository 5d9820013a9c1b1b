import { createScaffolderFieldExtension } from '@backstage/plugin-scaffolder-react';
import { amiGovernancePlugin } from '../../plugin';
import {
  awsAccountPickerOptions,
  exceptionExpiryPickerOptions,
  exceptionRequestPreviewOptions,
} from './fieldOptions';

/**
 * `ui:field: AwsAccountPicker`: the AWS account ID of an exception request, with messages as it is
 * typed and suggestions from the organization snapshot and the catalog. Put it inside
 * `<ScaffolderFieldExtensions>` under the scaffolder route.
 * @public
 */
export const AwsAccountPickerFieldExtension = amiGovernancePlugin.provide(
  createScaffolderFieldExtension(awsAccountPickerOptions),
);

/**
 * `ui:field: ExceptionExpiryPicker`: an exception's last day, with the type's and the organization's
 * caps applied, the days counted and the warning window explained.
 * @public
 */
export const ExceptionExpiryPickerFieldExtension = amiGovernancePlugin.provide(
  createScaffolderFieldExtension(exceptionExpiryPickerOptions),
);

/**
 * `ui:field: ExceptionRequestPreview`: the merge request an exception request will open, before it
 * is sent.
 * @public
 */
export const ExceptionRequestPreviewFieldExtension =
  amiGovernancePlugin.provide(
    createScaffolderFieldExtension(exceptionRequestPreviewOptions),
  );
