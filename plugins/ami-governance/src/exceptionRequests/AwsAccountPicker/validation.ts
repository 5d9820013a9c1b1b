import {
  describeAccountIdInput,
  isRefusedStanding,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import type { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
import { amiGovernanceApiRef } from '../../api/AmiGovernanceApi';

/**
 * On Next: the account ID rule of the core, then the standing the backend reads from the config (the
 * ops publisher or a vendor needs no exception). When the backend cannot answer, the action checks.
 */
export const awsAccountPickerValidation: CustomFieldValidator<string> = async (
  value,
  validation,
  { apiHolder },
) => {
  const typed = describeAccountIdInput(value ?? '');
  if (!typed.ok) {
    validation.addError(typed.message!);
    return;
  }
  try {
    const context = await apiHolder
      .get(amiGovernanceApiRef)
      ?.getExceptionRequestContext(value);
    if (context?.account && isRefusedStanding(context.account)) {
      validation.addError(context.account.message);
    }
  } catch {
    // Not a reason to block the form: the action applies the same rule.
  }
};
