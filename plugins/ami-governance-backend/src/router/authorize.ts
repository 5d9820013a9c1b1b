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

export function createAuthorizer(
  httpAuth: HttpAuthService,
  permissions: PermissionsService,
): Authorize {
  return async (req, permission, allow) => {
    const credentials = await httpAuth.credentials(req, { allow });
    const [decision] = await permissions.authorize([{ permission }], {
      credentials,
    });
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(`Missing permission ${permission.name}`);
    }
    return credentials;
  };
}
