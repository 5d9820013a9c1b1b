import { InputError } from '@backstage/errors';

/**
 * Inputs the action used to take and now refuses. They are not in its schema any more, so the
 * scaffolder refuses a step that passes them; this refuses them again for any other caller.
 */
const RETIRED_INPUTS: Record<string, string> = {
  token:
    'the action always uses the integrations.gitlab token configured for the host of amiGovernance.exceptionRequests.repoUrl',
  approvedBy:
    'approval is what the merge request records when its reviewers approve it in GitLab, never a form field',
};

export function refuseRetiredInputs(input: object): void {
  for (const [name, why] of Object.entries(RETIRED_INPUTS)) {
    if ((input as Record<string, unknown>)[name] !== undefined) {
      throw new InputError(
        `The ${name} input is not accepted: ${why}. Remove ${name} from the template step.`,
      );
    }
  }
}
