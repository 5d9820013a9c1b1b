import { singleLine } from '@ami-governance/backstage-plugin-ami-governance-common';
import { InputError } from '@backstage/errors';

// Who asks for an exception: the signed-in user running the task, or a group that user belongs to
// in the catalog. Never whatever a form field says.

/** What the scaffolder passes as `ctx.user`: the user's ref and catalog entity. */
export interface TaskUser {
  ref?: string;
  entity?: {
    metadata?: { namespace?: string };
    spec?: { memberOf?: unknown };
    relations?: { type: string; targetRef: string }[];
  };
}

export interface Requester {
  /** Written as `requested_by`: the user's ref, or the group's when asking on its behalf. */
  ref: string;
  /** The signed-in user. */
  user: string;
}

const ENTITY_REF =
  /^(?:([A-Za-z][A-Za-z0-9]*):)?(?:([A-Za-z0-9][A-Za-z0-9._-]*)\/)?([A-Za-z0-9][A-Za-z0-9._-]*)$/;

/** `kind:namespace/name` in lower case (refs compare case-insensitively), or undefined. */
function normalizeRef(
  ref: string,
  defaultKind: string,
  defaultNamespace = 'default',
): string | undefined {
  const match = ENTITY_REF.exec(ref);
  if (!match) return undefined;
  const [, kind = defaultKind, namespace = defaultNamespace, name] = match;
  return `${kind}:${namespace}/${name}`.toLowerCase();
}

/** The groups the user is a member of: `memberOf` relations and `spec.memberOf`. */
function groupsOf(entity: TaskUser['entity']): Set<string> {
  const namespace = entity?.metadata?.namespace ?? 'default';
  const declared = Array.isArray(entity?.spec?.memberOf)
    ? (entity!.spec!.memberOf as unknown[]).filter(
        (g): g is string => typeof g === 'string',
      )
    : [];
  const related = (entity?.relations ?? [])
    .filter(r => r.type === 'memberOf')
    .map(r => r.targetRef);
  return new Set(
    [
      ...declared.map(g => normalizeRef(g, 'group', namespace)),
      ...related.map(g => normalizeRef(g, 'group')),
    ].filter((g): g is string => !!g?.startsWith('group:')),
  );
}

/**
 * The requester of a task: the signed-in user when `requestedBy` is empty or names that user, the
 * group `requestedBy` names when the user is a member of it. Anything else is refused.
 */
export function resolveRequester(
  user: TaskUser | undefined,
  requestedBy?: string,
): Requester {
  const signedIn = user?.ref ? normalizeRef(user.ref, 'user') : undefined;
  if (!signedIn) {
    throw new InputError(
      'An exception request needs a signed-in user: the requester is whoever runs the template, and this task has none. Run the template while signed in.',
    );
  }
  const asked = singleLine(requestedBy ?? '');
  const wanted = asked ? normalizeRef(asked, 'group') : signedIn;
  if (wanted === signedIn) return { ref: signedIn, user: signedIn };
  if (!wanted?.startsWith('group:')) {
    throw new InputError(
      `requestedBy ${JSON.stringify(
        asked,
      )} is refused: you request as yourself (${signedIn}) or on behalf of a group you belong to, given as a group ref such as group:default/payments. Leave it empty to request as yourself.`,
    );
  }
  if (!groupsOf(user?.entity).has(wanted)) {
    throw new InputError(
      `requestedBy ${wanted} is refused: you (${signedIn}) are not a member of that group in the catalog. Choose a group you belong to, or leave it empty to request as yourself.`,
    );
  }
  return { ref: wanted, user: signedIn };
}

/** `user:default/jane`, or `user:default/jane on behalf of group:default/payments`. */
export function describeRequester(requester: Requester): string {
  return requester.ref === requester.user
    ? requester.user
    : `${requester.user} on behalf of ${requester.ref}`;
}
