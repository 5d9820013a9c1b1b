/**
 * Test utilities of the domain core, shared with the tests of the packages built on it and with
 * bench: a small governance config, an exception entry, the policy documents the config generates
 * and accounts of the example organization (examples/org-snapshot.json).
 *
 * @packageDocumentation
 */
// This entry point exists to publish the __testUtils__ fixtures, which production code may not import.
/* eslint-disable no-restricted-imports */
export { migrationException, smallRawConfig } from './__testUtils__/configs';
export {
  EXAMPLE_DIFFERING_ACCOUNT,
  EXAMPLE_PAYMENTS_ACCOUNTS,
} from './__testUtils__/exampleOrganization';
export { generatedPolicyContents } from './__testUtils__/policies';
