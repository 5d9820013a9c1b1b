import {
  coreServices,
  createServiceFactory,
  RootHealthService,
} from '@backstage/backend-plugin-api';
import { amiGovernanceHealthServiceRef } from '@ami-governance/backstage-plugin-ami-governance-backend';

/**
 * Backstage's health endpoints (/.backstage/health/v1/liveness and /readiness) as the default service
 * answers them (503 while starting or shutting down), except that readiness says `degraded`, with the
 * reasons, when the AMI governance plugin is: still 200, since the plugin keeps serving its last good state.
 */
export const rootHealthServiceFactory = createServiceFactory({
  service: coreServices.rootHealth,
  deps: {
    lifecycle: coreServices.rootLifecycle,
    amiGovernance: amiGovernanceHealthServiceRef,
  },
  async factory({ lifecycle, amiGovernance }): Promise<RootHealthService> {
    let state: 'starting' | 'up' | 'shutting down' = 'starting';
    lifecycle.addStartupHook(() => {
      state = 'up';
    });
    lifecycle.addBeforeShutdownHook(() => {
      state = 'shutting down';
    });
    return {
      async getLiveness() {
        return { status: 200, payload: { status: 'ok' } };
      },
      async getReadiness() {
        if (state !== 'up') {
          return {
            status: 503,
            payload: { status: 'error', message: `Backend is ${state}` },
          };
        }
        const reasons = amiGovernance.problems();
        if (reasons.length === 0)
          return { status: 200, payload: { status: 'ok' } };
        return {
          status: 200,
          payload: {
            status: 'degraded',
            plugins: { 'ami-governance': { status: 'degraded', reasons } },
          },
        };
      },
    };
  },
});
