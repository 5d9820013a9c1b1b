import {
  childLogger,
  scheduleJob,
  scheduleRequest,
} from '../jobs/__testUtils__/scheduleJob';
import { MergeRequestRefreshJob } from './MergeRequestRefreshJob';

const ID = 'ami-governance-merge-request-refresh';
const schedule = { frequency: { minutes: 10 }, timeout: { minutes: 2 } };

describe('MergeRequestRefreshJob', () => {
  it('runs on one replica on the configured schedule, signalling only when a state changed', async () => {
    const refresh = jest
      .fn<Promise<boolean>, []>()
      .mockResolvedValueOnce(false)
      .mockResolvedValueOnce(true);
    const onChanged = jest.fn();
    const job = new MergeRequestRefreshJob(
      { refresh },
      onChanged,
      schedule,
      childLogger().logger,
    );
    expect(await scheduleRequest(job)).toEqual({
      id: ID,
      scope: 'global',
      ...schedule,
    });
    const scheduler = await scheduleJob(job);
    await scheduler.run(ID);
    expect(onChanged).not.toHaveBeenCalled();
    await scheduler.run(ID);
    expect(onChanged).toHaveBeenCalledTimes(1);
  });

  it('logs a failed refresh with its cause and signals nothing', async () => {
    const { logger, child } = childLogger();
    const onChanged = jest.fn();
    const job = new MergeRequestRefreshJob(
      { refresh: () => Promise.reject(new Error('database is locked')) },
      onChanged,
      schedule,
      logger,
    );
    const scheduler = await scheduleJob(job);
    await scheduler.run(ID);
    expect(onChanged).not.toHaveBeenCalled();
    expect(child().error).toHaveBeenCalledWith(
      expect.stringContaining('database is locked'),
    );
  });
});
