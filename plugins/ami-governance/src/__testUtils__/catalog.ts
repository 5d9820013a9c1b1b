import type { Entity } from '@backstage/catalog-model';
import type { CatalogApi } from '@backstage/plugin-catalog-react';

/** An entity standing for an AWS account, as the catalog holds them. */
export function accountEntity(
  name: string,
  accountId: string,
  title?: string,
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name,
      ...(title && { title }),
      annotations: { 'aws.amazon.com/account-id': accountId },
    },
    spec: { type: 'aws-account', owner: 'guests' },
  };
}

/** A catalog that answers the annotation query the account suggestions make. */
export function catalogWith(entities: Entity[]): Partial<CatalogApi> {
  return {
    getEntities: async request => {
      const filter = request?.filter as Record<string, unknown> | undefined;
      const annotation = Object.keys(filter ?? {})
        .find(k => k.startsWith('metadata.annotations.'))
        ?.slice('metadata.annotations.'.length);
      return {
        items: entities.filter(
          e =>
            !annotation || e.metadata.annotations?.[annotation] !== undefined,
        ),
      };
    },
  };
}
