/**
 * plan and apply through the real SDK client, not a mocked `send`: the in-memory organization is
 * served over HTTP in the Organizations wire protocol (__testUtils__/organizationsHttpFake.ts), and
 * the client finds it through AWS_ENDPOINT_URL_ORGANIZATIONS, as a pipeline would find another
 * endpoint. This checks request serialization, signing, paginators and the decoding of modelled
 * errors (a throttle here is a real HTTP 400 with __type TooManyRequestsException).
 */
import { TooManyRequestsException } from '@aws-sdk/client-organizations';
import { createOrganizationsClient } from '../aws/client';
import { Wrap } from '../__testUtils__/fakeOrganization';
import { startOrganizationsHttpFake } from '../__testUtils__/organizationsHttpFake';
import {
  CLOUD_4242,
  governanceConfig,
  NOW,
  planInputFor,
  planOrganization,
  ROOT,
} from '../__testUtils__/planFixtures';
import { applyPolicyPlan } from './applyPlan';
import { planPolicyChanges } from './planPolicies';

const ENV = {
  AWS_ACCESS_KEY_ID: 'AKIAFAKEFORTESTS',
  AWS_SECRET_ACCESS_KEY: 'fake-secret',
  AWS_EC2_METADATA_DISABLED: 'true',
};
const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

async function serve(wrap?: Wrap) {
  const org = planOrganization();
  const fake = await startOrganizationsHttpFake(org, wrap);
  Object.assign(process.env, ENV, { AWS_ENDPOINT_URL_ORGANIZATIONS: fake.url });
  const client = await createOrganizationsClient({ region: 'us-east-1' });
  return {
    org,
    fake,
    access: { client, retry: { baseDelayMs: 1, maxDelayMs: 2 } },
  };
}

it('plans and applies over HTTP, then finds nothing to do', async () => {
  const { org, fake, access } = await serve();
  try {
    const input = planInputFor(governanceConfig({}, [CLOUD_4242]));
    const plan = await planPolicyChanges(access, input, () => NOW);
    expect(plan.organization).toEqual({
      id: 'o-ab12cd34ef',
      managementAccountId: '000011112222',
    });
    expect(plan.steps).toHaveLength(4);
    await expect(
      applyPolicyPlan(access, input, { expected: plan, now: () => NOW }),
    ).resolves.toMatchObject({
      status: 'applied',
      mismatches: [],
    });
    expect(
      org.policies.filter(p => p.targets.includes(ROOT)).map(p => p.name),
    ).toEqual([
      'FullAWSAccess',
      'ami-governance-declarative-policy',
      'scp-ami-guardrail',
    ]);
    expect(
      fake.log.inputs.find(c => c.name === 'CreatePolicy')?.input,
    ).toMatchObject({
      Name: 'ami-governance-declarative-policy',
      Type: 'DECLARATIVE_POLICY_EC2',
      Content: plan.policies.declarativePolicy.content,
    });
    expect((await planPolicyChanges(access, input, () => NOW)).steps).toEqual(
      [],
    );
  } finally {
    await fake.close();
  }
});

it('decodes a throttle from the wire and retries it', async () => {
  let throttled = 0;
  const { fake, access } = await serve((name, handler) => input => {
    if (name === 'ListPolicies' && throttled++ < 2)
      throw new TooManyRequestsException({
        message: 'Rate exceeded',
        $metadata: { httpStatusCode: 400 },
      });
    return handler(input);
  });
  try {
    const plan = await planPolicyChanges(
      access,
      planInputFor(governanceConfig()),
      () => NOW,
    );
    expect(plan.refusals).toEqual([]);
    expect(fake.log.counts.ListPolicies).toBe(4);
  } finally {
    await fake.close();
  }
});
