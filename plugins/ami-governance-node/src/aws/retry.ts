import { Pace } from './pacing';

/** Backoff settings for throttled or transiently failing Organizations calls. @public */
export interface RetryOptions {
  /** Attempts per call (or per page), the first one included. */
  maxAttempts?: number;
  /** The backoff ceiling before the first retry; it doubles on each further retry. */
  baseDelayMs?: number;
  /** No backoff ceiling grows beyond this. */
  maxDelayMs?: number;
}

/**
 * Defaults sized for the Organizations rates (1–9 requests per second per API): seven retries wait at
 * most 0.25 + 0.5 + … + 16 ≈ 32 s in all, enough to ride out another caller sharing the quota.
 * @public
 */
export const DEFAULT_RETRY: Required<RetryOptions> = {
  maxAttempts: 8,
  baseDelayMs: 250,
  maxDelayMs: 20_000,
};

const THROTTLING = new Set([
  'TooManyRequestsException',
  'ThrottlingException',
  'Throttling',
  'RequestLimitExceeded',
]);

// Errors from the HTTP stack that usually clear up on their own.
const TRANSIENT = new Set([
  'ServiceException',
  'ServiceUnavailableException',
  'InternalFailure',
  'TimeoutError',
  'RequestTimeout',
  'NetworkingError',
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
]);

interface ErrorShape {
  name?: string;
  code?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
}

/** The AWS error name (AccessDeniedException…) or the Node error code (ECONNRESET…). */
export function errorCode(e: unknown): string | undefined {
  if (typeof e !== 'object' || e === null) return undefined;
  const { name, code } = e as ErrorShape;
  // A plain Error's name says nothing: prefer its Node code when it has one.
  if (name && name !== 'Error') return name;
  return code ?? name;
}

export function errorMessage(e: unknown): string {
  if (typeof e === 'object' && e !== null) {
    const { message } = e as ErrorShape;
    if (message) return message;
  }
  return String(e);
}

function isThrottling(e: unknown): boolean {
  return THROTTLING.has(errorCode(e) ?? '');
}

export function isRetryable(e: unknown): boolean {
  if (isThrottling(e)) return true;
  const code = errorCode(e) ?? '';
  const { code: nodeCode, $metadata } = (e ?? {}) as ErrorShape;
  const status = $metadata?.httpStatusCode ?? 0;
  return TRANSIENT.has(code) || TRANSIENT.has(nodeCode ?? '') || status >= 500;
}

type Page = { NextToken?: string };

/**
 * Exponential backoff with full jitter (a random wait between 0 and the ceiling, as AWS recommends)
 * and per-API pacing (pacing.ts), counting what it retried so a collection can report how hard it
 * was throttled.
 */
export class Retrier {
  readonly options: Required<RetryOptions>;
  /** Retries after throttling, and after other transient errors. */
  throttled = 0;
  transient = 0;
  private readonly paces = new Map<string, Pace>();

  constructor(
    options: RetryOptions = {},
    private readonly sleep: (ms: number) => Promise<void> = ms =>
      new Promise(resolve => setTimeout(resolve, ms)),
    private readonly random: () => number = Math.random,
  ) {
    this.options = { ...DEFAULT_RETRY, ...options };
  }

  /** The wait before retry number `retry` (1 for the first retry). */
  delayMs(retry: number): number {
    const { baseDelayMs, maxDelayMs } = this.options;
    const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (retry - 1));
    return Math.round(this.random() * ceiling);
  }

  /** The pacing of one API (each has its own rate). */
  pace(api: string): Pace {
    let pace = this.paces.get(api);
    if (!pace) {
      const { baseDelayMs, maxDelayMs } = this.options;
      pace = new Pace(baseDelayMs / 2, maxDelayMs, this.sleep);
      this.paces.set(api, pace);
    }
    return pace;
  }

  /**
   * Runs one call to `api`, retrying retryable failures (and those `retryAlso` accepts, such as a
   * write's ConcurrentModificationException); the last failure is thrown.
   */
  async run<T>(
    api: string,
    call: () => Promise<T>,
    retryAlso: (e: unknown) => boolean = () => false,
  ): Promise<T> {
    const pace = this.pace(api);
    for (let attempt = 1; ; attempt++) {
      const sentAt = await pace.turn();
      try {
        const result = await call();
        pace.succeeded(sentAt);
        return result;
      } catch (e) {
        await this.backOffOrThrow(e, attempt, pace, sentAt, retryAlso(e));
      }
    }
  }

  /**
   * Pages of an SDK paginator over `api`, each page paced and retried on its own: after a failure the
   * paginator is reopened at the last NextToken, so a throttle on page 40 does not reread pages 1–39.
   */
  async *pages<P extends Page>(
    api: string,
    open: (startingToken: string | undefined) => AsyncIterable<P>,
  ): AsyncGenerator<P> {
    const pace = this.pace(api);
    let token: string | undefined;
    let attempt = 1;
    for (;;) {
      const pages = open(token)[Symbol.asyncIterator]();
      let sentAt = 0;
      try {
        for (;;) {
          // The paginator sends its request inside next(): its turn comes first.
          sentAt = await pace.turn();
          const next = await pages.next();
          if (next.done) return;
          pace.succeeded(sentAt);
          attempt = 1;
          token = next.value.NextToken;
          yield next.value;
          // The last page has no NextToken: stop without taking another turn.
          if (!token) return;
        }
      } catch (e) {
        await this.backOffOrThrow(e, attempt++, pace, sentAt);
      }
    }
  }

  private async backOffOrThrow(
    e: unknown,
    attempt: number,
    pace: Pace,
    sentAt: number,
    retryAnyway = false,
  ): Promise<void> {
    if (isThrottling(e)) pace.throttled(sentAt);
    if (!(retryAnyway || isRetryable(e)) || attempt >= this.options.maxAttempts)
      throw e;
    if (isThrottling(e)) this.throttled++;
    else this.transient++;
    await this.sleep(this.delayMs(attempt));
  }
}
