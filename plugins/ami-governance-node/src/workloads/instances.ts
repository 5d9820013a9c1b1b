import {
  InstanceImageMetadata,
  paginateDescribeInstanceImageMetadata,
} from '@aws-sdk/client-ec2';
import type { WorkloadInstance } from '@ami-governance/backstage-plugin-ami-governance-common';
import { imageOfMetadata, instant } from './imageFacts';
import { readPages, RegionContext } from './regionContext';

/** The largest page DescribeInstanceImageMetadata returns. */
const PAGE_SIZE = 1000;

/** Terminated instances launch nothing again: every other state is read. */
const LIVE_STATES = [
  'pending',
  'running',
  'shutting-down',
  'stopping',
  'stopped',
];

function instanceOf(raw: InstanceImageMetadata): WorkloadInstance[] {
  const { InstanceId, ImageMetadata: meta } = raw;
  // Every instance has an AMI; an answer without one names nothing the evaluation could judge.
  if (!InstanceId || !meta?.ImageId) return [];
  const launchTime = instant(raw.LaunchTime);
  return [
    {
      instanceId: InstanceId,
      ...(raw.State?.Name && { state: raw.State.Name }),
      ...(launchTime && { launchTime }),
      image: imageOfMetadata({ ...meta, ImageId: meta.ImageId }),
    },
  ];
}

/**
 * Every live instance of the account-region with its AMI as DescribeInstanceImageMetadata sees it:
 * it answers for deregistered, private and disallowed AMIs too, which DescribeImages would not.
 */
export function readInstances(ctx: RegionContext): Promise<WorkloadInstance[]> {
  return readPages(
    ctx,
    'DescribeInstanceImageMetadata',
    'DescribeInstanceImageMetadata',
    startingToken =>
      paginateDescribeInstanceImageMetadata(
        { client: ctx.ec2, pageSize: PAGE_SIZE, startingToken },
        { Filters: [{ Name: 'instance-state-name', Values: LIVE_STATES }] },
      ),
    page => (page.InstanceImageMetadata ?? []).flatMap(instanceOf),
  );
}
