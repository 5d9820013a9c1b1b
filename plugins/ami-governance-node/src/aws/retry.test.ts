/**
 * The backoff on its own. The AWS edge is mocked with aws-sdk-client-mock because no emulator of
 * Organizations (declarative policies included) can run here; the exceptions are the SDK's own classes.
 */
import {
  AccessDeniedException,
  DescribeOrganizationCommand,
  OrganizationsClient,
  paginateListRoots,
  ServiceException,
} from '@aws-sdk/client-organizations';
import { mockClient } from 'aws-sdk-client-mock';
import { tooManyRequests } from '../__testUtils__/fakeOrganization';
import { errorCode, isRetryable, Retrier } from './retry';

const noSleep = () => Promise.resolve();
const denied = () =>
  new AccessDeniedException({
    message: 'not allowed',
    $metadata: { httpStatusCode: 403 },
  });

describe('isRetryable', () => {
  it('retries throttling, 5xx and network errors, not client errors', () => {
    expect(isRetryable(tooManyRequests())).toBe(true);
    expect(
      isRetryable(
        Object.assign(new Error('x'), { name: 'ThrottlingException' }),
      ),
    ).toBe(true);
    expect(
      isRetryable(
        new ServiceException({
          message: 'oops',
          $metadata: { httpStatusCode: 500 },
        }),
      ),
    ).toBe(true);
    expect(
      isRetryable({ name: 'Unknown', $metadata: { httpStatusCode: 503 } }),
    ).toBe(true);
    expect(
      isRetryable(
        Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
      ),
    ).toBe(true);
    expect(isRetryable(denied())).toBe(false);
    expect(isRetryable(new TypeError('bug'))).toBe(false);
  });

  it('names errors by their AWS name, else their Node code', () => {
    expect(errorCode(denied())).toBe('AccessDeniedException');
    expect(
      errorCode(Object.assign(new Error('x'), { code: 'ETIMEDOUT' })),
    ).toBe('ETIMEDOUT');
    expect(errorCode('a string')).toBeUndefined();
  });
});

describe('Retrier', () => {
  it('doubles the backoff ceiling per retry up to maxDelayMs, with full jitter', () => {
    const top = new Retrier(
      { baseDelayMs: 100, maxDelayMs: 1000 },
      noSleep,
      () => 1,
    );
    expect([1, 2, 3, 4, 5].map(n => top.delayMs(n))).toEqual([
      100, 200, 400, 800, 1000,
    ]);
    const bottom = new Retrier({ baseDelayMs: 100 }, noSleep, () => 0);
    expect(bottom.delayMs(3)).toBe(0);
  });

  it('retries a throttled call until it succeeds, counting the throttles', async () => {
    const waits: number[] = [];
    const retrier = new Retrier(
      { baseDelayMs: 10 },
      async ms => {
        waits.push(ms);
      },
      () => 0.5,
    );
    const call = jest
      .fn()
      .mockRejectedValueOnce(tooManyRequests())
      .mockRejectedValueOnce(tooManyRequests())
      .mockResolvedValue('ok');
    await expect(retrier.run('Test', call)).resolves.toBe('ok');
    expect(call).toHaveBeenCalledTimes(3);
    // Backoff ceilings 10 and 20 at random 0.5; the API's pace adds a wait of its own (pacing.test.ts).
    expect(waits.slice(0, 2)).toEqual([5, 10]);
    expect(retrier.throttled).toBe(2);
  });

  it('throws a permission error at once and a throttle after maxAttempts', async () => {
    const retrier = new Retrier({ maxAttempts: 3 }, noSleep);
    const deniedCall = jest.fn().mockRejectedValue(denied());
    await expect(retrier.run('Test', deniedCall)).rejects.toThrow(
      'not allowed',
    );
    expect(deniedCall).toHaveBeenCalledTimes(1);

    const throttled = jest.fn().mockRejectedValue(tooManyRequests());
    await expect(retrier.run('Test', throttled)).rejects.toMatchObject({
      name: 'TooManyRequestsException',
    });
    expect(throttled).toHaveBeenCalledTimes(3);
  });

  it('retries a real client call the mock throttles once', async () => {
    const mock = mockClient(OrganizationsClient);
    mock
      .on(DescribeOrganizationCommand)
      .rejectsOnce(tooManyRequests())
      .resolves({
        Organization: { Id: 'o-ab12cd34ef', MasterAccountId: '000011112222' },
      });
    const client = new OrganizationsClient({ region: 'us-east-1' });
    const retrier = new Retrier({ baseDelayMs: 1 });
    const answer = await retrier.run('DescribeOrganization', () =>
      client.send(new DescribeOrganizationCommand({})),
    );
    expect(answer.Organization?.Id).toBe('o-ab12cd34ef');
    expect(mock.commandCalls(DescribeOrganizationCommand)).toHaveLength(2);
    mock.restore();
  });

  it('reopens a paginator at the page that failed', async () => {
    const mock = mockClient(OrganizationsClient);
    const tokens: (string | undefined)[] = [];
    let throttledOnce = false;
    mock.callsFake(async input => {
      tokens.push(input.NextToken);
      if (input.NextToken === 't1' && !throttledOnce) {
        throttledOnce = true;
        throw tooManyRequests();
      }
      const n = input.NextToken ? Number(input.NextToken.slice(1)) : 0;
      return {
        Roots: [{ Id: `r-000${n}`, Name: 'Root' }],
        NextToken: n < 2 ? `t${n + 1}` : undefined,
      };
    });
    const client = new OrganizationsClient({ region: 'us-east-1' });
    const retrier = new Retrier({ baseDelayMs: 1 }, noSleep);
    const ids: string[] = [];
    for await (const page of retrier.pages('ListRoots', startingToken =>
      paginateListRoots({ client, startingToken }, {}),
    ))
      ids.push(...page.Roots!.map(r => r.Id!));
    expect(ids).toEqual(['r-0000', 'r-0001', 'r-0002']);
    expect(tokens).toEqual([undefined, 't1', 't1', 't2']);
    mock.restore();
  });
});
