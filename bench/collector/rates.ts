/**
 * AWS Organizations throttling rates, requests per second per account, from docs (aws-policy-facts.md:
 * "Throttling (requests per second, per account / per organization)"). The collector runs from one
 * account, so the per-account figure (the lower one) applies. One bucket per API: AWS lists a rate
 * per operation.
 */
export const DOCUMENTED_RATES: Record<string, number> = {
  DescribePolicy: 2,
  ListPolicies: 5,
  ListTargetsForPolicy: 5,
  ListAccountsForParent: 5,
  ListOrganizationalUnitsForParent: 5,
  ListParents: 5,
  ListChildren: 6,
  ListAccounts: 8,
  ListRoots: 1,
};

/** Not published by AWS: assumptions of this benchmark, each used for the calls it makes. */
export const ASSUMED_RATES: Record<string, number> = {
  DescribeEffectivePolicy: 10,
  DescribeOrganization: 1,
};

export const rateOf = (api: string) =>
  DOCUMENTED_RATES[api] ?? ASSUMED_RATES[api];

/**
 * A token bucket refilled at `perSecond` that holds `capacity` tokens: one second's worth at the real
 * rate (AWS does not publish burst sizes; one second is the usual reading of a per-second rate).
 * Under time compression only the refill speeds up, so the burst stays the same number of calls.
 * Starts full.
 */
export class TokenBucket {
  private tokens: number;
  private last = performance.now();

  constructor(private readonly perSecond: number, readonly capacity: number) {
    this.tokens = capacity;
  }

  take(): boolean {
    const now = performance.now();
    this.tokens = Math.min(
      this.capacity,
      this.tokens + ((now - this.last) * this.perSecond) / 1000,
    );
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/**
 * EC2 request rate limits (docs.aws.amazon.com/ec2/latest/devguide/ec2-api-throttling.html): one
 * token bucket per API, per account and region, for the non-mutating actions (Describe*, Get*) every
 * call of the workloads collector is: 100 tokens, refilled at 20 per second. (The "unfiltered and
 * unpaginated" category, 50 tokens at 10/s, would change nothing here: no account-region sends an API
 * more than a few dozen calls.) The member account's buckets are its own: accounts do not share them.
 */
export const EC2_NON_MUTATING = { burst: 100, perSecond: 20 };

/**
 * STS AssumeRole, in the collector's own account: every account's AssumeRole meets this one bucket.
 * AWS does not publish a per-API rate we could confirm; assumed 100/s with a one-second burst (low on
 * purpose: at 5,000 accounts it becomes the bound from concurrency 32 up).
 */
export const ASSUMED_STS_RATE = { burst: 100, perSecond: 100 };
