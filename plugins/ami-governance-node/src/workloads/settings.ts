import {
  GetAllowedImagesSettingsCommand,
  GetImageBlockPublicAccessStateCommand,
} from '@aws-sdk/client-ec2';
import type { WorkloadRegion } from '@ami-governance/backstage-plugin-ami-governance-common';
import { call, RegionContext } from './regionContext';

/** What Allowed AMIs enforces in this account-region, criteria kept as the EC2 API returned them. */
export async function readAllowedImages(
  ctx: RegionContext,
): Promise<WorkloadRegion['allowedImages']> {
  const answer = await call(ctx, 'GetAllowedImagesSettings', () =>
    ctx.ec2.send(new GetAllowedImagesSettingsCommand({})),
  );
  if (!answer.State) return undefined;
  return {
    state: answer.State,
    ...(answer.ManagedBy && { managedBy: answer.ManagedBy }),
    imageCriteria: (answer.ImageCriteria ?? []) as Record<string, unknown>[],
  };
}

/** Whether new public sharing of AMIs is blocked in this account-region. */
export async function readBlockPublicAccess(
  ctx: RegionContext,
): Promise<WorkloadRegion['imageBlockPublicAccess']> {
  const answer = await call(ctx, 'GetImageBlockPublicAccessState', () =>
    ctx.ec2.send(new GetImageBlockPublicAccessStateCommand({})),
  );
  if (!answer.ImageBlockPublicAccessState) return undefined;
  return {
    state: answer.ImageBlockPublicAccessState,
    ...(answer.ManagedBy && { managedBy: answer.ManagedBy }),
  };
}
