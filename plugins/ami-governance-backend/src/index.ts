/**
 * The AMI governance backend plugin.
 *
 * @packageDocumentation
 */
export { amiGovernancePlugin as default } from './plugin';
export { amiGovernanceClockServiceRef } from './services/clock';
export type { Clock } from './services/clock';
export { amiGovernanceHealthServiceRef } from './health';
export type { AmiGovernanceHealthService } from './health';
