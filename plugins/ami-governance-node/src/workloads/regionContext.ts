import { EC2Client } from '@aws-sdk/client-ec2';
import { Retrier } from '../aws/retry';
import { Refusals } from './refusals';

/** What the reads of one account-region share. */
export interface RegionContext {
  region: string;
  ec2: EC2Client;
  /** The account's retrier: EC2 throttles per account and region, so each account paces its own calls. */
  retrier: Retrier;
  refusals: Refusals;
}

/** The pacing key of one API in one region (retry.ts paces each key on its own). */
const paceKey = (ctx: RegionContext, api: string) => `${api}@${ctx.region}`;

/** One call, backed off and retried while AWS throttles it. */
export function call<T>(
  ctx: RegionContext,
  api: string,
  send: () => Promise<T>,
): Promise<T> {
  return ctx.retrier.run(paceKey(ctx, api), send);
}

/** The pages of an SDK paginator, each retried on its own (a persistent failure is thrown). */
export function pages<P extends { NextToken?: string }>(
  ctx: RegionContext,
  api: string,
  open: (startingToken: string | undefined) => AsyncIterable<P>,
): AsyncGenerator<P> {
  return ctx.retrier.pages(paceKey(ctx, api), open);
}

/**
 * Every item of an SDK paginator, each page retried on its own and mapped as it arrives (the raw
 * pages are dropped at once). A failure that persists is recorded under `refusal` and the items read
 * before it are kept: the region is labelled partial, never silently short.
 */
export async function readPages<P extends { NextToken?: string }, T>(
  ctx: RegionContext,
  api: string,
  refusal: string,
  open: (startingToken: string | undefined) => AsyncIterable<P>,
  items: (page: P) => T[],
): Promise<T[]> {
  const found: T[] = [];
  try {
    for await (const page of pages(ctx, api, open)) found.push(...items(page));
  } catch (e) {
    ctx.refusals.add(refusal, e);
  }
  return found;
}
