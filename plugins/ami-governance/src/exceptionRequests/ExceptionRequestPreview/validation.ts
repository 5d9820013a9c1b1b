import type { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
import { amiGovernanceApiRef } from '../../api/AmiGovernanceApi';
import { previewQueryOf } from './previewQuery';

/**
 * On Review: the plan the action would make must be accepted, else the findings say what to change.
 * When the backend cannot answer, the request may still be sent: the action checks it.
 */
export const exceptionRequestPreviewValidation: CustomFieldValidator<
  string
> = async (_value, validation, { apiHolder, formData }) => {
  const query = previewQueryOf(formData);
  if (!query) return;
  try {
    const answer = await apiHolder
      .get(amiGovernanceApiRef)
      ?.previewExceptionRequest(query);
    if (answer && !answer.preview.ok) {
      for (const f of answer.preview.findings) validation.addError(f.message);
    }
  } catch {
    // The action decides.
  }
};
