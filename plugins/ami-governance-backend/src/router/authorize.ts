import {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
} from '@backstage/plugin-permission-common';
import { Request } from 'express';

/** Requires credentials of an allowed kind (401 otherwise) and the permission (403 otherwise). */
export function createAuthorizer(
  httpAuth: HttpAuthService,
  permissions: PermissionsService,
) {
  return async function authorize<TAllowed extends 'user' | 'service'>(
    req: Request,
    permission: BasicPermission,
    allow: TAllowed[],
  ) {
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
