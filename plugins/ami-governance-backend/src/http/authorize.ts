import {
  BackstageCredentials,
  BackstageServicePrincipal,
  BackstageUserPrincipal,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
} from '@backstage/plugin-permission-common';
import { Request } from 'express';

type Principal = {
  user: BackstageUserPrincipal;
  service: BackstageServicePrincipal;
};

/** Requires credentials of an allowed kind (401 otherwise) and the permission (403 otherwise). */
export type Authorize = <TAllowed extends 'user' | 'service'>(
  req: Request,
  permission: BasicPermission,
  allow: TAllowed[],
) => Promise<BackstageCredentials<Principal[TAllowed]>>;

/**
 * The one permission check of the plugin, for routes and actions alike: NotAllowedError (403) naming
 * the permission unless the policy (for a user) or the token's access restrictions (for a service)
 * allow it.
 */
export async function requirePermission(
  permissions: PermissionsService,
  credentials: BackstageCredentials,
  permission: BasicPermission,
): Promise<void> {
  const [decision] = await permissions.authorize([{ permission }], {
    credentials,
  });
  if (decision.result !== AuthorizeResult.ALLOW) {
    throw new NotAllowedError(`Missing permission ${permission.name}`);
  }
}

/** Requests whose caller passed a permission check: only they may be served a kept answer. */
const authorizedRequests = new WeakSet<Request>();

export const wasAuthorized = (req: Request) => authorizedRequests.has(req);

export function createAuthorizer(
  httpAuth: HttpAuthService,
  permissions: PermissionsService,
): Authorize {
  return async (req, permission, allow) => {
    const credentials = await httpAuth.credentials(req, { allow });
    await requirePermission(permissions, credentials, permission);
    authorizedRequests.add(req);
    return credentials;
  };
}
