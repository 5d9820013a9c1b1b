/**
 * Test utilities of the collectors, shared with bench/collector: the in-memory AWS Organizations
 * and EC2/STS fakes behind `aws-sdk-client-mock` (a peer the caller installs), and the collector
 * internals a benchmark tunes or mirrors.
 *
 * @packageDocumentation
 */
// This entry point exists to publish the __testUtils__ fakes, which production code may not import.
/* eslint-disable no-restricted-imports */
export {
  accessDenied,
  fakeHandlers,
  fullAwsAccess,
  installFakeOrganization,
  tooManyRequests,
} from './__testUtils__/fakeOrganization';
export type {
  CallLog,
  CommandName,
  FakeHandlers,
  FakeOrganization,
  FakePolicy,
  Wrap,
} from './__testUtils__/fakeOrganization';
/** The same organization behind a loopback HTTP server in the Organizations wire protocol. */
export { startOrganizationsHttpFake } from './__testUtils__/organizationsHttpFake';
export {
  assumeRoleDenied,
  installFakeWorkloads,
  optInRequired,
  requestLimitExceeded,
  stsThrottling,
  unauthorized,
} from './workloads/__testUtils__/fakeWorkloads';
export type {
  FakeAccount,
  FakeAccounts,
  FakeCall,
  FakeCallRecord,
  FakeLaunchTemplate,
  FakeRegion,
  WorkloadsWrap,
} from './workloads/__testUtils__/fakeWorkloads';
/** The collector's pacing of throttled calls (bench/collector switches its backoff off). */
export { Pace } from './aws/pacing';
/** How many image ids one DescribeImages call carries. */
export { IMAGE_ID_BATCH } from './workloads/images';
