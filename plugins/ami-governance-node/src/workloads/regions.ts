import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { Retrier } from '../aws/retry';

/**
 * The regions enabled for the account: those that need no opt-in and those it opted in to. (Without
 * AllRegions DescribeRegions lists only those already; the filter keeps that true if it ever changes.)
 */
export async function enabledRegions(
  ec2: EC2Client,
  retrier: Retrier,
): Promise<string[]> {
  const { Regions } = await retrier.run('DescribeRegions', () =>
    ec2.send(new DescribeRegionsCommand({})),
  );
  return (Regions ?? [])
    .filter(r => r.RegionName && r.OptInStatus !== 'not-opted-in')
    .map(r => r.RegionName!)
    .sort();
}
