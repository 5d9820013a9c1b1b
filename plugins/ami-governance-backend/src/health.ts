import {
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';

/**
 * What the plugin's /health says, for a backend whose readiness endpoint should say it too: the
 * plugin registers its check, a `coreServices.rootHealth` factory reads it (packages/backend shows
 * how). A root service, so every backend in a process has its own: no module-level state.
 * @public
 */
export interface AmiGovernanceHealthService {
  /** Called by the plugin when it starts. */
  register(check: () => string[]): void;
  /**
   * Why the plugin is degraded (no config ever loaded, database unreachable): empty when healthy or
   * not started.
   */
  problems(): string[];
}

class HealthChecks implements AmiGovernanceHealthService {
  private check: (() => string[]) | undefined;

  register(check: () => string[]) {
    this.check = check;
  }

  problems(): string[] {
    return this.check?.() ?? [];
  }
}

/** @public */
export const amiGovernanceHealthServiceRef =
  createServiceRef<AmiGovernanceHealthService>({
    id: 'ami-governance.health',
    scope: 'root',
    defaultFactory: async service =>
      createServiceFactory({
        service,
        deps: {},
        factory: () => new HealthChecks(),
      }),
  });
