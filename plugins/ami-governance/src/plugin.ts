import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { amiGovernanceApiRef } from './api/AmiGovernanceApi';
import { AmiGovernanceClient } from './api/AmiGovernanceClient';
import {
  explainRouteRef,
  imageRouteRef,
  platformRouteRef,
  requestExceptionRouteRef,
  rootRouteRef,
} from './routes';

/** The AMI Governance plugin for apps on the legacy frontend system; registers its API itself. @public */
export const amiGovernancePlugin = createPlugin({
  id: 'ami-governance',
  apis: [
    createApiFactory({
      api: amiGovernanceApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new AmiGovernanceClient({ discoveryApi, fetchApi }),
    }),
  ],
  routes: {
    root: rootRouteRef,
    explain: explainRouteRef,
    platform: platformRouteRef,
    image: imageRouteRef,
  },
  externalRoutes: {
    requestException: requestExceptionRouteRef,
  },
});

/**
 * The AMI Governance page: mount it at a route, e.g. `/ami-governance`; "Can I launch this?" is at
 * its sub route `/explain`.
 * @public
 */
export const AmiGovernancePage = amiGovernancePlugin.provide(
  createRoutableExtension({
    name: 'AmiGovernancePage',
    component: () =>
      import('./components/AmiGovernanceRouter').then(
        m => m.AmiGovernanceRouter,
      ),
    mountPoint: rootRouteRef,
  }),
);

/** Entity card: is the entity's AWS account (`amazonaws.com/account-id`) an allowed AMI publisher. @public */
export const EntityAmiGovernanceCard = amiGovernancePlugin.provide(
  createComponentExtension({
    name: 'EntityAmiGovernanceCard',
    component: {
      lazy: () =>
        import('./organization/EntityAmiGovernanceCard').then(
          m => m.EntityAmiGovernanceCard,
        ),
    },
  }),
);
