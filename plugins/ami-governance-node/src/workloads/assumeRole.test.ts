/**
 * The member role's session and its renewal. AWS is the mocked edge: aws-sdk-client-mock answers
 * STS AssumeRole at `send`.
 */
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { Retrier } from '../aws/retry';
import { assumeMemberRole } from './assumeRole';

const sts = mockClient(STSClient);
const NOW = Date.parse('2026-11-23T12:00:00Z');
const ROLE = 'arn:aws:iam::111100001111:role/AmiGovernanceReadOnly';

const session = (key: string, expiresInMinutes: number) => ({
  Credentials: {
    AccessKeyId: key,
    SecretAccessKey: 'secret',
    SessionToken: 'token',
    Expiration: new Date(NOW + expiresInMinutes * 60_000),
  },
});

beforeEach(() => sts.reset());

it('keeps the session while it lasts and renews it once when it nears its end', async () => {
  sts
    .on(AssumeRoleCommand)
    .resolvesOnce(session('ASIAFIRST', 60))
    .resolvesOnce(session('ASIASECOND', 120));
  let now = NOW;
  const provider = await assumeMemberRole(
    new STSClient({ region: 'us-east-1' }),
    new Retrier({ baseDelayMs: 1 }),
    ROLE,
    () => now,
  );
  await expect(provider()).resolves.toMatchObject({ accessKeyId: 'ASIAFIRST' });
  now = NOW + 56 * 60_000; // four minutes left
  const [a, b] = await Promise.all([provider(), provider()]);
  expect([a.accessKeyId, b.accessKeyId]).toEqual(['ASIASECOND', 'ASIASECOND']);
  expect(sts.commandCalls(AssumeRoleCommand)).toHaveLength(2);
  expect(sts.commandCalls(AssumeRoleCommand)[0].args[0].input).toEqual({
    RoleArn: ROLE,
    RoleSessionName: 'ami-governance-workloads',
  });
});
