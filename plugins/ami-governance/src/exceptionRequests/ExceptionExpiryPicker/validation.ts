import type { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
import { amiGovernanceApiRef } from '../../api/AmiGovernanceApi';
import { expiryChoiceOf, ExpiryForm } from './expiryChoice';

/**
 * On Next: the expiry rules of the core (a real date, not in the past, within the type's and the
 * organization's caps, after the current exception's date), as of the backend's today. When the
 * backend cannot answer, the action checks the same rules.
 */
export const exceptionExpiryPickerValidation: CustomFieldValidator<
  string
> = async (value, validation, { apiHolder, formData }) => {
  const form = formData as ExpiryForm;
  try {
    const context = await apiHolder
      .get(amiGovernanceApiRef)
      ?.getExceptionRequestContext(form.accountId);
    if (!context) return;
    for (const problem of expiryChoiceOf(value, form, context, context.today)
      .problems) {
      validation.addError(problem);
    }
  } catch {
    // Not a reason to block the form: the action applies the same rules.
  }
};
