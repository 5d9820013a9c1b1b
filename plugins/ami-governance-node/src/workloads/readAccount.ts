import { EC2Client } from '@aws-sdk/client-ec2';
import { STSClient } from '@aws-sdk/client-sts';
import type { WorkloadAccountReport } from '@ami-governance/backstage-plugin-ami-governance-common';
import { Retrier, RetryOptions } from '../aws/retry';
import { assumeMemberRole, memberRoleArn } from './assumeRole';
import type { CollectWorkloadsOptions } from './options';
import { readRegion } from './readRegion';
import { refusalOf } from './refusals';
import { enabledRegions } from './regions';

/** What every account's read shares. */
export interface AccountReadContext {
  sts: STSClient;
  /** AssumeRole is throttled in the collector's own account: one pacing for every account. */
  stsRetrier: Retrier;
  roleName: string;
  partition: string;
  regions?: string[];
  /** Where DescribeRegions is asked when `regions` is not given. */
  homeRegion: string;
  retry?: RetryOptions;
  now: () => Date;
  createEc2Client: NonNullable<CollectWorkloadsOptions['createEc2Client']>;
  /** Retries after throttling and transient errors, summed over the accounts read. */
  retried: { throttled: number; transient: number };
}

/**
 * One member account: assume its role, then read every region side by side. Never throws for an
 * AWS failure: a role that cannot be assumed (or regions that cannot be listed) gives a report with
 * `error` and no regions, the account not visible; a region that refuses carries its own `error`.
 */
export async function readAccount(
  ctx: AccountReadContext,
  accountId: string,
): Promise<WorkloadAccountReport> {
  const notVisible = (call: string, e: unknown): WorkloadAccountReport => ({
    accountId,
    collectedAt: ctx.now().toISOString(),
    error: refusalOf(call, e),
    regions: [],
  });
  const roleArn = memberRoleArn(ctx.partition, accountId, ctx.roleName);
  let credentials;
  try {
    credentials = await assumeMemberRole(ctx.sts, ctx.stsRetrier, roleArn);
  } catch (e) {
    return notVisible(`AssumeRole ${roleArn}`, e);
  }

  // EC2 throttles per account and region: this account's calls are paced apart from the others'.
  const retrier = new Retrier(ctx.retry);
  const clients = new Map<string, EC2Client>();
  const client = (region: string) => {
    let c = clients.get(region);
    if (!c) {
      c = ctx.createEc2Client(region, credentials);
      clients.set(region, c);
    }
    return c;
  };
  try {
    let regions = ctx.regions;
    if (!regions) {
      try {
        regions = await enabledRegions(client(ctx.homeRegion), retrier);
      } catch (e) {
        return notVisible('DescribeRegions', e);
      }
    }
    const read = await Promise.all(
      regions.map(region => readRegion(region, client(region), retrier)),
    );
    return { accountId, collectedAt: ctx.now().toISOString(), regions: read };
  } finally {
    // Each client holds its own connection pool: released with the account.
    clients.forEach(c => c.destroy());
    ctx.retried.throttled += retrier.throttled;
    ctx.retried.transient += retrier.transient;
  }
}
