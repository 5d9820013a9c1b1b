import {
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';

/** Where the plugin reads "now": the one place the real clock is touched, so tests can pin it. @public */
export type Clock = () => Date;

/** The wall clock. */
export const systemClock: Clock = () => new Date();

/**
 * The plugin's clock as a service, so tests (and a backend that wants another time source) replace it
 * with `createServiceFactory({ service: amiGovernanceClockServiceRef, deps: {}, factory: () => clock })`.
 * @public
 */
export const amiGovernanceClockServiceRef = createServiceRef<Clock>({
  id: 'ami-governance.clock',
  defaultFactory: async service =>
    createServiceFactory({ service, deps: {}, factory: () => systemClock }),
});
