import { createRouteRef, createSubRouteRef } from '@backstage/core-plugin-api';

/** @public */
export const rootRouteRef = createRouteRef({ id: 'ami-governance' });

/**
 * "Can I launch this?" at `<root>/explain`; its query string holds the question
 * (`?accountId=…&imageId=…&region=…`), so a link opens with the answer.
 * @public
 */
export const explainRouteRef = createSubRouteRef({
  id: 'ami-governance/explain',
  parent: rootRouteRef,
  path: '/explain',
});
