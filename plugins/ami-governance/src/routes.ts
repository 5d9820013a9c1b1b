import {
  createExternalRouteRef,
  createRouteRef,
  createSubRouteRef,
} from '@backstage/core-plugin-api';

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

/**
 * The platform team's tab of the page at `<root>/platform`: policies with their attachment, compliance,
 * drift and coverage, readiness for `enabled`, public AMIs and the problems with the data. The root
 * itself is the developers' tab (publishers, "can I launch this?", exception requests).
 * @public
 */
export const platformRouteRef = createSubRouteRef({
  id: 'ami-governance/platform',
  parent: rootRouteRef,
  path: '/platform',
});

/**
 * One AMI at `<root>/images/:imageId`: its facts, its lineage drawn from the root, its provenance with
 * the owner's allowlist standing, its compliance, its timeline and its scope of impact.
 * @public
 */
export const imageRouteRef = createSubRouteRef({
  id: 'ami-governance/image',
  parent: rootRouteRef,
  path: '/images/:imageId',
});

/**
 * Where "Request an exception" leads: the scaffolder's template page, bound in the app
 * (`bind(amiGovernancePlugin.externalRoutes, { requestException: scaffolderPlugin.routes.selectedTemplate })`);
 * the new frontend system binds it to the scaffolder by default. Unbound, the links use the
 * scaffolder's default path.
 * @public
 */
export const requestExceptionRouteRef = createExternalRouteRef({
  id: 'request-exception',
  params: ['namespace', 'templateName'],
  optional: true,
  defaultTarget: 'scaffolder.selectedTemplate',
});
