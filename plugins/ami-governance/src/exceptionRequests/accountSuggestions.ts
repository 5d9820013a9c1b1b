import type { Entity } from '@backstage/catalog-model';
import type { OrganizationAccount } from '../api/exceptionRequestTypes';
import { awsAccountIdOf } from '../constants';

/** An account the form suggests: from the organization snapshot, the catalog, or both. */
export type AccountSuggestion = {
  id: string;
  /** The account's name in AWS Organizations. */
  name?: string;
  /** Its OUs from the root down. */
  ou?: string;
  /** Catalog entities annotated with this account ID, by title or name. */
  entities: { title: string }[];
};

/** Catalog entities annotated with an AWS account ID, as suggestions (several entities may share one). */
export function catalogAccounts(entities: Entity[]): AccountSuggestion[] {
  return entities.flatMap(entity => {
    const id = awsAccountIdOf(entity);
    if (!id) return [];
    const title = entity.metadata.title ?? entity.metadata.name;
    return [{ id, entities: [{ title }] }];
  });
}

/** Suggestions shown at most. */
const MAX_SUGGESTIONS = 20;

const matches = (s: AccountSuggestion, needle: string) =>
  [s.id, s.name, s.ou, ...s.entities.map(e => e.title)].some(f =>
    f?.toLocaleLowerCase('en-US').includes(needle),
  );

/**
 * The suggestions for what was typed: the organization's accounts (already searched by the backend)
 * merged by ID with the catalog's matching ones, organization first, at most {@link MAX_SUGGESTIONS}.
 */
export function mergeSuggestions(
  organization: OrganizationAccount[],
  catalog: AccountSuggestion[],
  typed: string,
): AccountSuggestion[] {
  const needle = typed.trim().toLocaleLowerCase('en-US');
  const byId = new Map<string, AccountSuggestion>();
  for (const a of organization) {
    byId.set(a.id, { id: a.id, name: a.name, ou: a.ou, entities: [] });
  }
  for (const c of catalog) {
    const known = byId.get(c.id);
    if (known) known.entities.push(...c.entities);
    else if (!needle || matches(c, needle)) {
      byId.set(c.id, { ...c, entities: [...c.entities] });
    }
  }
  return [...byId.values()].slice(0, MAX_SUGGESTIONS);
}

/** `payments-prod (Root / Workloads / Production) · catalog: Payments production`. */
export function describeSuggestion(s: AccountSuggestion): string {
  const parts = [];
  if (s.name) parts.push(s.ou ? `${s.name} (${s.ou})` : s.name);
  if (s.entities.length) {
    parts.push(`catalog: ${s.entities.map(e => e.title).join(', ')}`);
  }
  return parts.join(' · ') || 'not in the organization snapshot or the catalog';
}
