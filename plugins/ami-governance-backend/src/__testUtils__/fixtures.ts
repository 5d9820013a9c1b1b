import { createServiceFactory } from '@backstage/backend-plugin-api';
import {
  addDays,
  utcDateOf,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import {
  migrationException,
  smallRawConfig,
} from '@ami-governance/backstage-plugin-ami-governance-common/testUtils';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { amiGovernanceClockServiceRef } from '../lib/clock';

const repoRoot = resolve(__dirname, '../../../..');
export const exampleSnapshotPath = join(repoRoot, 'examples/org-snapshot.json');
export const exampleSnapshot = () =>
  JSON.parse(readFileSync(exampleSnapshotPath, 'utf8'));

/** The instant every test runs at: tests never read the wall clock, so they pass on any date. */
export const TEST_NOW = new Date('2026-11-23T12:00:00Z');
/** TEST_NOW's UTC date: fixtures are dated relative to it. */
export const TEST_TODAY = utcDateOf(TEST_NOW);

/** A clock stopped at `at`, for services that take one. */
export const fixedClock =
  (at: Date = TEST_NOW) =>
  () =>
    at;

/** Replaces the plugin's clock in `startTestBackend` features: stopped at `at`, or a clock a test moves. */
export const clockFactory = (at: Date | (() => Date) = TEST_NOW) =>
  createServiceFactory({
    service: amiGovernanceClockServiceRef,
    deps: {},
    factory: () => (typeof at === 'function' ? at : fixedClock(at)),
  });

/** A governance config with one exception active, one expiring and one expired as of TEST_TODAY. */
export function configAsOfTestDay() {
  const exception = (accountId: string, days: number, type = 'migration') =>
    migrationException(
      accountId,
      addDays(TEST_TODAY, days),
      addDays(TEST_TODAY, -5),
      {
        exception_type: type,
      },
    );
  return smallRawConfig([
    exception('777788889999', 40),
    exception('222233334444', 3),
    exception('555566667777', -2),
  ]);
}

/** Writes `content` (an object as JSON, or raw text) to a fresh temp file and returns its path. */
export function writeTempFile(
  content: unknown,
  name = 'ami_publishers.json',
): string {
  const dir = mkdtempSync(join(tmpdir(), 'ami-governance-'));
  const path = join(dir, name);
  writeFileSync(
    path,
    typeof content === 'string' ? content : JSON.stringify(content, null, 2),
  );
  return path;
}

/** What the scaffolder action posts to /exception-requests. */
export const exceptionRequestBody = {
  accountId: '777788889999',
  ticket: 'CLOUD-1234',
  exceptionType: 'migration',
  expiresOn: '2027-01-31',
  requestedBy: 'user:default/alice',
  mergeRequestUrl:
    'https://gitlab.example.com/platform/governance/-/merge_requests/7',
  mergeRequestIid: 7,
  projectId: 'platform/governance',
  host: 'gitlab.example.com',
  branchName: 'exception/CLOUD-1234-777788889999',
};
