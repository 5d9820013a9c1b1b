import {
  childLogger,
  scheduleJob,
  scheduleRequest,
} from '../jobs/__testUtils__/scheduleJob';
import { ConfigRefreshJob } from './ConfigRefreshJob';

const schedule = { frequency: { minutes: 5 }, timeout: { minutes: 1 } };

describe('ConfigRefreshJob', () => {
  it('refreshes the config on every replica, on the configured schedule', async () => {
    const refresh = jest.fn(async () => {});
    const job = new ConfigRefreshJob(
      { refresh },
      schedule,
      childLogger().logger,
    );
    expect(await scheduleRequest(job)).toEqual({
      id: 'ami-governance-config-refresh',
      scope: 'local',
      ...schedule,
    });
    const scheduler = await scheduleJob(job);
    await scheduler.run('ami-governance-config-refresh');
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('logs a failed refresh with its cause under its task id, and keeps running', async () => {
    const { logger, child } = childLogger();
    const job = new ConfigRefreshJob(
      { refresh: async () => Promise.reject(new Error('disk gone')) },
      schedule,
      logger,
    );
    expect(logger.child).toHaveBeenCalledWith({
      task: 'ami-governance-config-refresh',
    });
    const scheduler = await scheduleJob(job);
    await expect(
      scheduler.run('ami-governance-config-refresh'),
    ).resolves.toBeUndefined();
    expect(child().error).toHaveBeenCalledWith(
      expect.stringContaining('Error: disk gone'),
    );
  });
});
