import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import { addDays } from '@ami-governance/backstage-plugin-ami-governance-common';
import request from 'supertest';
import { exampleSnapshot, TEST_TODAY } from '../__testUtils__/fixtures';
import { expectMatchesSpec } from '../__testUtils__/schemaCheck';
import { startWithSnapshot } from '../__testUtils__/snapshotBackend';

jest.setTimeout(60_000);

const API = '/api/ami-governance';
const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

// configAsOfTestDay: 777788889999's exception is in force for 40 more days, 555566667777's lapsed
// 2 days ago. The example organization deploys the reverse (it lists 555566667777, not
// 777788889999): here both publishers are member accounts, so their standing can be asked.
const MERGED_NOT_APPLIED = '777788889999';
const LAPSED_STILL_DEPLOYED = '555566667777';
const ORDERS_PROD = '210987654322';
const SANDBOX = '045678901234';

function organizationWithPublishers() {
  const snapshot = exampleSnapshot();
  const deployed = snapshot.policies.declarativePolicy.content;
  snapshot.accounts.push(
    {
      id: MERGED_NOT_APPLIED,
      name: 'team-alpha',
      parentId: 'ou-ex01-prod',
      status: 'ACTIVE',
      effectiveDeclarativePolicy: deployed,
    },
    {
      id: LAPSED_STILL_DEPLOYED,
      name: 'team-beta',
      parentId: 'ou-ex01-nonprod',
      status: 'ACTIVE',
      effectiveDeclarativePolicy: deployed,
    },
  );
  return snapshot;
}

async function standing(server: any, accountId: string) {
  const res = await request(server)
    .get(`${API}/accounts/${accountId}`)
    .set('Authorization', mockCredentials.user.header());
  expect({ accountId, status: res.status }).toEqual({ accountId, status: 200 });
  expectMatchesSpec('/accounts/{accountId}', 'get', 200, res.body);
  return res.body;
}

describe.each(databases.eachSupportedId())(
  "an account's standing says AWS today and Git's next apply apart, on %p",
  databaseId => {
    it('an exception lapsed in Git but still deployed, and one merged but not applied', async () => {
      const server = await startWithSnapshot(
        databases,
        databaseId,
        organizationWithPublishers(),
      );
      const lapsed = await standing(server, LAPSED_STILL_DEPLOYED);
      const lapsedOn = addDays(TEST_TODAY, -2);
      expect(lapsed.awsAndGit).toMatchObject({
        headline:
          'AMIs from this account: Allowed today; not after the next apply',
        until: lapsedOn,
        changes: ['publisher'],
        aws: { collectedAt: '2026-11-23T06:00:00Z' },
        publisher: {
          action: 'move-off-now',
          exception: { expires_on: lapsedOn, state: 'lapsed' },
        },
      });
      expect(lapsed.awsAndGit.publisher.sentence).toContain(
        `its exception lapsed on ${lapsedOn}; the next apply removes it`,
      );

      const merged = await standing(server, MERGED_NOT_APPLIED);
      expect(merged.awsAndGit).toMatchObject({
        headline:
          'AMIs from this account: Denied today; Git allows it from the next apply',
        until: addDays(TEST_TODAY, 40),
        changes: ['publisher'],
        publisher: { action: 'wait-for-apply', git: { verdict: 'allowed' } },
      });
      expect(merged.awsAndGit.publisher.sentence).toContain(
        'it takes effect at the next apply; no request is needed',
      );
    });

    it("measures a workload account's regions against its effective policy, and says when each side was collected", async () => {
      const server = await startWithSnapshot(
        databases,
        databaseId,
        exampleSnapshot(),
      );
      const orders = await standing(server, ORDERS_PROD);
      expect(orders.awsAndGit).toMatchObject({
        headline: 'AWS enforces what Git says here',
        changes: [],
        aws: {
          mode: 'audit_mode',
          reach: { declarativePolicy: true, scp: true },
          collectedAt: '2026-11-23T06:00:00Z',
          regionsCollectedAt: orders.collectedAt,
          regions: {
            measured: 2,
            notEnforcing: ['eu-central-2'],
            unmeasured: 0,
          },
        },
        git: { mode: 'audit_mode' },
      });
      expect(orders.awsAndGit.publisher).toBeUndefined();
      expect(orders.awsAndGit.aws.sentence).toContain(
        '1 of its 2 regions read does not enforce what its effective policy sets yet (eu-central-2)',
      );
      expect(
        orders.regions.find((r: any) => r.region === 'eu-central-2'),
      ).toMatchObject({
        measuredAgainst: 'effective-policy',
        problems: ['other-criteria'],
      });

      // No declarative policy reaches the sandbox today; the next apply attaches it at the root.
      const sandbox = await standing(server, SANDBOX);
      expect(sandbox.awsAndGit).toMatchObject({
        changes: ['declarative-policy-reach'],
        aws: {
          mode: null,
          reach: { declarativePolicy: false },
          regions: { measured: 0, unmeasured: 2 },
        },
        git: { mode: 'audit_mode', reach: { declarativePolicy: true } },
      });
    });
  },
);
