/**
 * The AMI governance backend plugin.
 *
 * @packageDocumentation
 */
export { amiGovernancePlugin as default } from './plugin';
export { amiGovernanceClockServiceRef } from './lib/clock';
export type { Clock } from './lib/clock';
export { amiGovernanceHealthServiceRef } from './health';
export type { AmiGovernanceHealthService } from './health';
