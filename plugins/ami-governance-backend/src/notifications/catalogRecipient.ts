import { AuthService } from '@backstage/backend-plugin-api';
import {
  Entity,
  isGroupEntity,
  isUserEntity,
  parseEntityRef,
  RELATION_HAS_MEMBER,
  RELATION_OWNED_BY,
  RELATION_PARENT_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';

/** The entity a notice is addressed to, and how many users the notifications backend delivers it to. */
export type Recipient = { entityRef: string; users: number };

/** `requested_by` (or the platform group) to its recipient; undefined when the catalog has no such entity. */
export type ResolveRecipient = (
  requestedBy: string,
) => Promise<Recipient | undefined>;

const isUserRef = (ref: string) =>
  parseEntityRef(ref).kind.toLocaleLowerCase('en-US') === 'user';

/** The entity refs to look up for `requestedBy`; InputError saying how to write it when it is malformed. */
function candidateRefs(requestedBy: string): string[] {
  const name = requestedBy.trim();
  if (!name.includes(':'))
    return [`user:default/${name}`, `group:default/${name}`];
  try {
    return [stringifyEntityRef(parseEntityRef(name))];
  } catch {
    throw new InputError(
      `requested_by "${requestedBy}" is not a catalog entity ref: write kind:namespace/name (user:default/jane.doe, group:default/payments) or just a user or group name (payments)`,
    );
  }
}

/**
 * Resolves an exception's `requested_by` to the catalog entity to notify: a full entity ref as written
 * (`group:default/payments`), else a user of that name, else a group of that name. Counts the users a
 * notification to it reaches the way the notifications backend expands it (a group's members and its
 * child groups' members, another kind's owner), so a group with no members is known to reach nobody.
 */
export function catalogRecipient(
  catalog: CatalogService,
  auth: AuthService,
): ResolveRecipient {
  return async requestedBy => {
    const credentials = await auth.getOwnServiceCredentials();
    const get = (ref: string) => catalog.getEntityByRef(ref, { credentials });

    const reachedUsers = async (start: Entity) => {
      const users = new Set<string>();
      const seen = new Set<string>([stringifyEntityRef(start)]);
      const todo: Entity[] = [start];
      const follow = async (ref: string) => {
        if (seen.has(ref)) return;
        seen.add(ref);
        const next = await get(ref);
        if (next) todo.push(next);
      };
      for (let entity = todo.pop(); entity; entity = todo.pop()) {
        if (isUserEntity(entity)) {
          users.add(stringifyEntityRef(entity));
          continue;
        }
        for (const { type, targetRef } of entity.relations ?? []) {
          if (isGroupEntity(entity) && type === RELATION_HAS_MEMBER) {
            if (isUserRef(targetRef)) users.add(targetRef);
          } else if (isGroupEntity(entity) && type === RELATION_PARENT_OF) {
            await follow(targetRef);
          } else if (!isGroupEntity(entity) && type === RELATION_OWNED_BY) {
            await follow(targetRef);
          }
        }
      }
      return users.size;
    };

    for (const ref of candidateRefs(requestedBy)) {
      const entity = await get(ref);
      if (entity)
        return {
          entityRef: stringifyEntityRef(entity),
          users: await reachedUsers(entity),
        };
    }
    return undefined;
  };
}
