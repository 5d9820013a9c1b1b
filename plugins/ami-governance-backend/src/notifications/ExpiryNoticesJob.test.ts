import {
  childLogger,
  scheduleJob,
  scheduleRequest,
} from '../jobs/__testUtils__/scheduleJob';
import { ExpiryNoticesJob } from './ExpiryNoticesJob';

const ID = 'ami-governance-expiry-notices';
const schedule = {
  frequency: { hours: 24 },
  timeout: { minutes: 10 },
  initialDelay: { minutes: 1 },
};

describe('ExpiryNoticesJob', () => {
  it('runs the countdown on one replica on the configured schedule and logs what it sent', async () => {
    const { logger, child } = childLogger();
    const job = new ExpiryNoticesJob({ run: async () => 2 }, schedule, logger);
    expect(await scheduleRequest(job)).toEqual({
      id: ID,
      scope: 'global',
      ...schedule,
    });
    const scheduler = await scheduleJob(job);
    await scheduler.run(ID);
    expect(child().info).toHaveBeenCalledWith(
      'Sent 2 AMI exception expiry notifications',
    );
  });

  it('logs a failed run with its cause', async () => {
    const { logger, child } = childLogger();
    const job = new ExpiryNoticesJob(
      { run: () => Promise.reject(new Error('notifications backend is down')) },
      schedule,
      logger,
    );
    const scheduler = await scheduleJob(job);
    await scheduler.run(ID);
    expect(child().error).toHaveBeenCalledWith(
      expect.stringContaining('notifications backend is down'),
    );
  });
});
