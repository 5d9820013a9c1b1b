import { EC2Client, EC2ClientConfig } from '@aws-sdk/client-ec2';
import { STSClient } from '@aws-sdk/client-sts';
import type { RetryOptions } from '../aws/retry';

/** A source of AWS credentials, as the SDK clients take it (`fromTemporaryCredentials()`, …). @public */
export type WorkloadsCredentialProvider = Extract<
  NonNullable<EC2ClientConfig['credentials']>,
  (...args: any[]) => unknown
>;

/** @public */
export interface CollectWorkloadsOptions {
  /** The member accounts to read: the ACTIVE accounts of the organization snapshot. */
  accounts: { id: string }[];
  /** Assumed in each account as `arn:<partition>:iam::<id>:role/<roleName>` (docs/member-role.md). */
  roleName: string;
  /** Omitted: every region enabled in each account (DescribeRegions). */
  regions?: string[];
  /** Accounts read at once at most, counting reports not yet taken by the consumer. */
  concurrency: number;
  /** The credentials that call sts:AssumeRole; the SDK's default chain when absent. */
  credentials?: WorkloadsCredentialProvider;
  /** Where AssumeRole and DescribeRegions are sent; us-east-1 by default. */
  stsRegion?: string;
  /** `aws`, `aws-cn`, `aws-us-gov`…; by default the partition of `stsRegion`. */
  partition?: string;
  /** The clock for each report's `collectedAt`. */
  now?: () => Date;
  retry?: RetryOptions;
  logger?: { info(msg: string): void; warn(msg: string): void };
  /** Test and benchmark seam; real clients by default. */
  createStsClient?: (
    region: string,
    credentials?: WorkloadsCredentialProvider,
  ) => STSClient;
  /** Test and benchmark seam; real clients by default. Never sets `endpoint`. */
  createEc2Client?: (
    region: string,
    credentials: WorkloadsCredentialProvider,
  ) => EC2Client;
}

// One retry layer only: the collector's own backoff (retry.ts) counts throttles and honours
// `retry.maxAttempts`. No `endpoint` either: the SDK's own resolution honours AWS_ENDPOINT_URL_STS
// and AWS_ENDPOINT_URL_EC2.
export const defaultStsClient = (
  region: string,
  credentials?: WorkloadsCredentialProvider,
) => new STSClient({ region, credentials, maxAttempts: 1 });

export const defaultEc2Client = (
  region: string,
  credentials: WorkloadsCredentialProvider,
) => new EC2Client({ region, credentials, maxAttempts: 1 });

/** The partition a region belongs to, for role ARNs. */
export function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}
