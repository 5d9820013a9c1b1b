import {
  allowedImagesLayerOf,
  canonicalOwnerAlias,
  explainLaunch,
  ExplainLaunchQuery,
  ExplainLaunchResponse,
  GovernanceConfig,
  ImageFacts,
  LaunchQuestion,
  launchMembershipOf,
  nextApplyReachOf,
  scpLayerOf,
  utcDateOf,
  WorkloadImage,
  WorkloadRegion,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { ServiceUnavailableError } from '@backstage/errors';
import { Clock } from '../lib/clock';
import type { LatestData } from '../organization/LatestData';

/** What the collected workloads tell the explainer: an account-region's setting and an AMI's facts. */
export interface LaunchFacts {
  regionSetting(
    accountId: string,
    region: string,
  ): Promise<
    | (Pick<WorkloadRegion, 'allowedImages'> & { collectedAt?: string })
    | undefined
  >;
  /** The AMI as some collected instance, launch template or public listing saw it. */
  image(imageId: string, region?: string): Promise<WorkloadImage | undefined>;
}

export type ExplainQuery = ExplainLaunchQuery;
type ExplainAnswer = ExplainLaunchResponse;

/** The facts an owner-only question stands for: an alias is its own owner for both layers. */
function ownerFacts(owner: string): ImageFacts {
  const alias = canonicalOwnerAlias(owner);
  return alias ? { ownerId: alias, ownerAlias: alias } : { ownerId: owner };
}

/** An AMI the workloads saw with a known owner, as the explainer judges it. */
function resolvedFacts(
  image: WorkloadImage | undefined,
): ImageFacts | undefined {
  return image?.ownerId ? { ...image, ownerId: image.ownerId } : undefined;
}

/**
 * "Can I launch this AMI in this account?": what AWS enforces today (the deployed policies from the
 * newest organization snapshot, the account-region's real setting from the collected workloads) and
 * what Git says (the config, where the next apply attaches it), with the AMI's owner from the collected
 * workloads. Pure rules live in the common package's `explainLaunch`.
 */
export class LaunchExplainer {
  constructor(
    private readonly options: {
      config: () => GovernanceConfig | undefined;
      /** The newest organization snapshot, parsed once for the plugin. */
      data: Pick<LatestData, 'latestOrganization'>;
      facts?: LaunchFacts;
      clock: Clock;
    },
  ) {}

  async explain(query: ExplainQuery): Promise<ExplainAnswer> {
    const config = this.options.config();
    if (!config)
      throw new ServiceUnavailableError(
        'No governance config has been read yet, so there is no allowlist to explain a launch against',
      );
    const now = this.options.clock();
    const newest = await this.options.data.latestOrganization(now);
    const latest = newest && {
      snapshot: newest.full,
      collectedAt: newest.collectedAt,
    };
    const { accountId, region, imageId, owner, on } = query;
    const { facts } = this.options;
    const regionSetting =
      region && facts
        ? await facts.regionSetting(accountId, region)
        : undefined;
    const allowedImages = allowedImagesLayerOf(
      latest?.snapshot,
      accountId,
      regionSetting,
    );
    const collected =
      imageId && facts ? await facts.image(imageId, region) : undefined;
    const image = owner ? ownerFacts(owner) : resolvedFacts(collected);
    const question: LaunchQuestion = {
      accountId,
      region,
      image,
      ...(!image &&
        imageId && {
          unresolvedImage: {
            imageId,
            // Under `enabled`, DescribeImages hides disallowed AMIs from the account.
            reason: allowedImages?.state === 'enabled' ? 'hidden' : 'unknown',
          },
        }),
      allowedImages,
      scp: latest
        ? scpLayerOf(latest.snapshot, accountId)
        : { governs: false, known: false },
      membership: launchMembershipOf(latest?.snapshot, accountId),
      ...(latest && {
        nextApplyReach: nextApplyReachOf(latest.snapshot, config, accountId),
      }),
      collected: {
        organization: latest?.collectedAt,
        region: regionSetting?.collectedAt,
      },
      config,
      today: utcDateOf(now),
      on,
      now,
    };
    const account = latest?.snapshot.accounts.find(a => a.id === accountId);
    return {
      ...explainLaunch(question),
      accountId,
      ...(account && { accountName: account.name }),
      ...(region && { region }),
      ...(imageId && { imageId }),
      ...(image && { owner: image.ownerAlias ?? image.ownerId }),
      ...(latest && { collectedAt: latest.collectedAt }),
    };
  }
}
