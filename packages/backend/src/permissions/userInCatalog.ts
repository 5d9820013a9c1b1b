import { AuthService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import type { UserInCatalog } from './AmiGovernancePermissionPolicy';

/**
 * Whether the catalog has the signed-in user's User entity, asked as the permission backend itself:
 * the question is whether the user exists, not what they may see.
 */
export function catalogUserLookup(
  catalog: CatalogService,
  auth: AuthService,
): UserInCatalog {
  return async userEntityRef => {
    const entity = await catalog.getEntityByRef(userEntityRef, {
      credentials: await auth.getOwnServiceCredentials(),
    });
    return entity?.kind.toLocaleLowerCase('en-US') === 'user';
  };
}
