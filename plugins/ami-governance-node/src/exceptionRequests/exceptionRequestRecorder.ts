import {
  AuthService,
  coreServices,
  createServiceFactory,
  createServiceRef,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import { ResponseError } from '@backstage/errors';
import type { NewExceptionRequestRecord } from '@ami-governance/backstage-plugin-ami-governance-common';

/**
 * Records an exception request opened as a merge request (or a local branch) in the `ami-governance`
 * backend, which lists it in the portal and follows its merge request. Throws when it cannot.
 * @public
 */
export interface ExceptionRequestRecorderService {
  record(
    record: NewExceptionRequestRecord & { state: 'opened' },
  ): Promise<void>;
}

/**
 * The recorder that POSTs to the `ami-governance` backend's `/exception-requests` as the calling
 * plugin's own service identity (a plugin-to-plugin token).
 * @public
 */
export function httpExceptionRequestRecorder(services: {
  discovery: DiscoveryService;
  auth: AuthService;
}): ExceptionRequestRecorderService {
  const { discovery, auth } = services;
  return {
    async record(record) {
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
    },
  };
}

/**
 * Where other plugins (the scaffolder module) record exception requests; by default over HTTP
 * through discovery and service auth. Replace it with `createServiceFactory` in tests.
 * @public
 */
export const exceptionRequestRecorderServiceRef =
  createServiceRef<ExceptionRequestRecorderService>({
    id: 'ami-governance.exception-request-recorder',
    defaultFactory: async service =>
      createServiceFactory({
        service,
        deps: { discovery: coreServices.discovery, auth: coreServices.auth },
        factory: httpExceptionRequestRecorder,
      }),
  });
