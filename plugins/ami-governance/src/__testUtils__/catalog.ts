import type { Entity } from '@backstage/catalog-model';
import type { CatalogApi } from '@backstage/plugin-catalog-react';

/** An entity standing for an AWS account, as the catalog holds them. */
export function accountEntity(
  name: string,
  accountId: string,
  title?: string,
  annotation = 'amazonaws.com/account-id',
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name,
      ...(title && { title }),
      annotations: { [annotation]: accountId },
    },
    spec: { type: 'aws-account', owner: 'guests' },
  };
}

/** A catalog that answers the annotation query the account suggestions make (a list of filters: any one). */
export function catalogWith(entities: Entity[]): Partial<CatalogApi> {
  return {
    getEntities: async request => {
      const filters = [request?.filter ?? []].flat() as Record<
        string,
        unknown
      >[];
      const annotations = filters.flatMap(filter =>
        Object.keys(filter)
          .filter(k => k.startsWith('metadata.annotations.'))
          .map(k => k.slice('metadata.annotations.'.length)),
      );
      return {
        items: entities.filter(
          e =>
            annotations.length === 0 ||
            annotations.some(a => e.metadata.annotations?.[a] !== undefined),
        ),
      };
    },
  };
}
