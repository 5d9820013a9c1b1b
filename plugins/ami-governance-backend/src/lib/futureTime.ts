import { InputError } from '@backstage/errors';

/** Clocks of collectors and this server may differ a little; more than this is a wrong timestamp. */
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * Refuses (400, naming the field) a collection time later than `now` beyond the clock skew: a
 * collector with a wrong clock would otherwise make its data outrank newer data.
 */
export function refuseFutureTime(path: string, value: string, now: Date) {
  if (Date.parse(value) > now.getTime() + CLOCK_SKEW_MS)
    throw new InputError(
      `${path} ${value} is in the future (this server's time is ${now.toISOString()}): fix the collector's clock`,
    );
}
