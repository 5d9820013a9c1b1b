import { AuthService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';

/**
 * Resolves an exception's `requested_by` to the catalog entity to notify: a full entity ref as written
 * (`group:default/payments`), else a user of that name, else a group of that name (the notifications
 * backend then reaches the group's members). Undefined when the catalog has neither.
 */
export function catalogRecipient(catalog: CatalogService, auth: AuthService) {
  return async (requestedBy: string): Promise<string | undefined> => {
    const credentials = await auth.getOwnServiceCredentials();
    const name = requestedBy.trim();
    const candidates = name.includes(':')
      ? [name]
      : [`user:default/${name}`, `group:default/${name}`];
    for (const ref of candidates) {
      const entity = await catalog.getEntityByRef(ref, { credentials });
      if (entity) return ref.toLocaleLowerCase('en-US');
    }
    return undefined;
  };
}
