import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { CollectionError } from '@ami-governance/backstage-plugin-ami-governance-common';
import pLimit from 'p-limit';
import { errorCode, errorMessage, Retrier } from '../aws/retry';

/** What every step of one collection shares. */
export interface CollectContext {
  client: OrganizationsClient;
  retrier: Retrier;
  /** Runs `call` in one of the `concurrency` slots of `api`. */
  limit: <T>(api: string, call: () => Promise<T>) => Promise<T>;
  /** Every part that could not be read, so no gap is silent. */
  errors: CollectionError[];
}

export function collectionError(
  scope: string,
  e: unknown,
  context?: string,
): CollectionError {
  const code = errorCode(e);
  const message = errorMessage(e);
  return {
    scope,
    ...(code ? { code } : {}),
    message: context ? `${context}: ${message}` : message,
  };
}

/**
 * One p-limit per API: Organizations throttles each API on its own, and a paced API (pacing.ts)
 * holds its slots while it waits, so a shared limit would let one slow API stall the others.
 */
export function limitPerApi(concurrency: number): CollectContext['limit'] {
  const limits = new Map<string, pLimit.Limit>();
  return (api, call) => {
    let limit = limits.get(api);
    if (!limit) {
      limit = pLimit(concurrency);
      limits.set(api, limit);
    }
    return limit(call);
  };
}

/** The largest page every Organizations List* call accepts: fewer pages, fewer throttled calls. */
export const PAGE_SIZE = 20;

/**
 * Every item of a paginated listing, each page retried. A failure that persists is recorded under
 * `scope` and the items read before it are kept: labelled partial, never silently short.
 */
export async function collectPages<P extends { NextToken?: string }, T>(
  ctx: CollectContext,
  scope: string,
  context: string,
  api: string,
  open: (startingToken: string | undefined) => AsyncIterable<P>,
  items: (page: P) => T[] | undefined,
): Promise<T[]> {
  const found: T[] = [];
  try {
    for await (const page of ctx.retrier.pages(api, open)) {
      found.push(...(items(page) ?? []));
    }
  } catch (e) {
    ctx.errors.push(collectionError(scope, e, context));
  }
  return found;
}
