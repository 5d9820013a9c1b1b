import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import { ResponseError } from '@backstage/errors';
import type { ExceptionRequestRecord } from '@ami-governance/backstage-plugin-ami-governance-common';

/**
 * Records an opened merge request in the `ami-governance` backend, as this plugin's own service
 * identity, so the portal can list it as REQUESTED until GitLab reports it merged or closed.
 * Throws when the backend is unreachable or refuses: the caller decides how much that matters.
 */
export async function recordExceptionRequest(
  services: { discovery: DiscoveryService; auth: AuthService },
  record: ExceptionRequestRecord & { state: 'opened' },
): Promise<void> {
  const { discovery, auth } = services;
  const baseUrl = await discovery.getBaseUrl('ami-governance');
  const { token } = await auth.getPluginRequestToken({
    onBehalfOf: await auth.getOwnServiceCredentials(),
    targetPluginId: 'ami-governance',
  });
  const response = await fetch(`${baseUrl}/exception-requests`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
    },
    body: JSON.stringify(record),
  });
  if (!response.ok) throw await ResponseError.fromResponse(response);
}
