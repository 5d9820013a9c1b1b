/**
 * The AMI governance backend plugin.
 *
 * @packageDocumentation
 */
export { amiGovernancePlugin as default } from './plugin';
