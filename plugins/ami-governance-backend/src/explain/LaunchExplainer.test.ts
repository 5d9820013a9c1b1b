import { AmiGovernanceDatabase } from '../database/AmiGovernanceDatabase';
import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import {
  addDays,
  parseGovernanceConfig,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import {
  configAsOfTestDay,
  exampleSnapshot,
  fixedClock,
  TEST_TODAY,
} from '../__testUtils__/fixtures';
import { LaunchExplainer, LaunchFacts } from './LaunchExplainer';
import { LatestData } from '../organization/LatestData';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
const PAYMENTS_PROD = '210987654321';
const MANAGEMENT = '000011112222';

function config(raw: Record<string, unknown> = configAsOfTestDay()) {
  const parsed = parseGovernanceConfig(raw);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.findings));
  return parsed.config;
}

// Collected workload facts as the workload store would answer them.
const facts: LaunchFacts = {
  regionSetting: async (accountId, region) =>
    accountId === PAYMENTS_PROD && region === 'eu-west-1'
      ? {
          collectedAt: '2026-11-23T07:00:00Z',
          allowedImages: {
            state: 'enabled',
            managedBy: 'declarative-policy',
            imageCriteria: [
              {
                ImageProviders: [
                  '123456738923',
                  '111122223333',
                  '777788889999',
                  '222233334444',
                ],
              },
            ],
          },
        }
      : undefined,
  image: async imageId => {
    if (imageId === 'ami-0exception')
      return { imageId, ownerId: '222233334444', name: 'legacy-base' };
    if (imageId === 'ami-0base')
      return {
        imageId,
        ownerId: '123456738923',
        name: 'acme-al2023-base',
        creationDate: '2026-11-01T00:00:00Z',
      };
    return undefined;
  },
};

async function explainer(
  withSnapshot = true,
  raw: Record<string, unknown> = configAsOfTestDay(),
) {
  const knex = await databases.init('SQLITE_3');
  const clock = fixedClock();
  const db = await AmiGovernanceDatabase.forTests(knex, {
    historySize: 3,
    clock,
  });
  const { snapshots } = db;
  if (withSnapshot)
    await snapshots.add(exampleSnapshot(), 'aws', {
      verdict: 'in_sync',
      driftFingerprint: 'x',
    });
  const data = LatestData.of(db, {
    logger: mockServices.logger.mock(),
    checkEveryMs: 0,
  });
  return new LaunchExplainer({
    config: () => config(raw),
    data,
    facts,
    clock,
  });
}

describe('LaunchExplainer', () => {
  it('resolves an AMI id to its owner and says until when its exception holds', async () => {
    const answer = await (
      await explainer()
    ).explain({
      accountId: PAYMENTS_PROD,
      region: 'eu-west-1',
      imageId: 'ami-0exception',
    });
    expect(answer).toMatchObject({
      verdict: 'allowed',
      accountName: 'payments-prod',
      owner: '222233334444',
      until: addDays(TEST_TODAY, 3),
      layers: {
        allowedImages: {
          source: 'region-setting',
          state: 'enabled',
          verdict: 'allowed',
        },
        scp: { verdict: 'allowed' },
      },
    });
    expect(answer.collectedAt).toBeDefined();
  });

  it('answers for a later date: the exception has lapsed by then', async () => {
    const answer = await (
      await explainer()
    ).explain({
      accountId: PAYMENTS_PROD,
      region: 'eu-west-1',
      imageId: 'ami-0exception',
      on: addDays(TEST_TODAY, 4),
    });
    expect(answer.verdict).toBe('denied');
  });

  it('an exception lapsed in Git but still deployed: allowed today because AWS still lists it, move off it now', async () => {
    // The example snapshot's SCP still lists 555566667777, whose exception lapsed two days ago.
    const answer = await (
      await explainer()
    ).explain({ accountId: PAYMENTS_PROD, owner: '555566667777' });
    expect(answer).toMatchObject({
      verdict: 'allowed',
      membership: 'member',
      action: 'move-off-now',
      until: addDays(TEST_TODAY, -2),
      aws: { verdict: 'allowed', collectedAt: expect.any(String) },
      git: { verdict: 'denied' },
      nextSteps: ['use-golden-ami', 'request-exception'],
    });
    expect(answer.sentence).toContain(
      `its exception lapsed on ${addDays(
        TEST_TODAY,
        -2,
      )}; the next apply removes it`,
    );
  });

  it('an exception merged in Git but not applied yet: Git allows it until D, no request is needed', async () => {
    // 777788889999's exception runs 40 more days in the config; the deployed SCP does not list it.
    const answer = await (
      await explainer()
    ).explain({ accountId: PAYMENTS_PROD, owner: '777788889999' });
    expect(answer).toMatchObject({
      verdict: 'denied',
      action: 'wait-for-apply',
      until: addDays(TEST_TODAY, 40),
      git: { verdict: 'allowed' },
      nextSteps: [],
    });
    expect(answer.sentence).toContain(
      'it takes effect at the next apply; no request is needed',
    );
  });

  it('an account the organization does not hold: nothing can be said, never allowed', async () => {
    const answer = await (
      await explainer()
    ).explain({ accountId: '999999999999', owner: '999988887777' });
    expect(answer).toMatchObject({
      verdict: 'unknown',
      membership: 'outside',
      action: 'check-account',
      headline: 'Not an account of this organization',
    });
    expect(answer.layers).toBeUndefined();
    expect(answer.accountName).toBeUndefined();
  });

  it('says when the regional setting it judged was collected', async () => {
    const answer = await (
      await explainer()
    ).explain({
      accountId: PAYMENTS_PROD,
      region: 'eu-west-1',
      imageId: 'ami-0exception',
    });
    expect(answer.aws.regionCollectedAt).toBe('2026-11-23T07:00:00Z');
    expect(answer.aws.sentence).toContain(
      'the eu-west-1 setting collected 2026-11-23T07:00:00Z',
    );
  });

  it('an AMI the workloads never saw, in an enabled region, may be hidden: it asks for the owner', async () => {
    const answer = await (
      await explainer()
    ).explain({
      accountId: PAYMENTS_PROD,
      region: 'eu-west-1',
      imageId: 'ami-0nobody',
    });
    expect(answer.verdict).toBe('unknown');
    expect(answer.sentence).toContain('give its owner account ID');
    expect(answer.sentence).toContain('hides disallowed AMIs');
  });

  it('takes an owner alias; the management account is never governed by the SCP', async () => {
    const answer = await (
      await explainer()
    ).explain({
      accountId: MANAGEMENT,
      owner: 'aws-marketplace',
    });
    expect(answer.owner).toBe('aws-marketplace');
    expect(answer.layers?.scp.verdict).toBe('not-governed');
    expect(answer.layers?.allowedImages.source).toBe('effective-policy');
  });

  it('without a snapshot the SCP layer is unknown and the answer says so', async () => {
    const answer = await (
      await explainer(false)
    ).explain({
      accountId: PAYMENTS_PROD,
      owner: '999988887777',
    });
    expect(answer.layers?.scp.verdict).toBe('unknown');
    expect(answer.layers?.allowedImages.source).toBe('none');
    expect(answer.collectedAt).toBeUndefined();
  });

  it('says which criterion of the next apply refuses an ops AMI outside the golden name pattern', async () => {
    const raw = configAsOfTestDay();
    const named = {
      ...raw,
      ops_publisher_account: {
        ...raw.ops_publisher_account,
        image_names: ['acme-golden-*'],
      },
    };
    const answer = await (
      await explainer(true, named)
    ).explain({
      accountId: PAYMENTS_PROD,
      region: 'eu-west-1',
      imageId: 'ami-0base',
    });
    // AWS today lists the ops publisher with no name constraint; the next apply adds one.
    expect(answer.aws.verdict).toBe('allowed');
    expect(answer.git).toMatchObject({
      verdict: 'audit-only',
      layers: {
        allowedImages: {
          source: 'config',
          verdict: 'audit-only',
          why: expect.stringContaining(
            'criteria_2 refuses it: name acme-al2023-base does not match acme-golden-*',
          ),
        },
        // The SCP cannot see names: it still lets the ops publisher through.
        scp: { verdict: 'allowed' },
      },
    });
  });
});
