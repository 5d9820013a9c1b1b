import type { AwsRefusal } from '@ami-governance/backstage-plugin-ami-governance-common';
import { errorCode, errorMessage } from '../aws/retry';

/** An AWS failure as the snapshot keeps it: the error name and what AWS said, prefixed with the call. */
export function refusalOf(call: string, e: unknown): AwsRefusal {
  return {
    code: errorCode(e) ?? 'Error',
    message: `${call}: ${errorMessage(e)}`,
  };
}

/**
 * The calls of one account-region that failed (UnauthorizedOperation, OptInRequired, AuthFailure, a
 * throttle that outlasted the retries…). The region keeps what the other calls read; its `error` is
 * the first failure in `order` (so the same failures always give the same report) and names the rest.
 */
export class Refusals {
  private readonly failed = new Map<string, unknown>();

  constructor(private readonly order: readonly string[]) {}

  add(call: string, e: unknown): void {
    if (!this.failed.has(call)) this.failed.set(call, e);
  }

  /** Runs `read`; a failure is recorded under `call` and `fallback` returned. */
  async attempt<T>(
    call: string,
    read: () => Promise<T>,
    fallback: T,
  ): Promise<T> {
    try {
      return await read();
    } catch (e) {
      this.add(call, e);
      return fallback;
    }
  }

  first(): AwsRefusal | undefined {
    const calls = [...this.failed.keys()].sort(
      (a, b) => this.rank(a) - this.rank(b),
    );
    if (calls.length === 0) return undefined;
    const refusal = refusalOf(calls[0], this.failed.get(calls[0]));
    const others = calls.slice(1);
    if (others.length > 0)
      refusal.message += ` (also failed: ${others.join(', ')})`;
    return refusal;
  }

  private rank(call: string): number {
    const i = this.order.indexOf(call);
    return i < 0 ? this.order.length : i;
  }
}
