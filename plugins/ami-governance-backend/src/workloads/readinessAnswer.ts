import {
  GovernanceConfig,
  IsoDate,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import {
  criteriaKey,
  generationInfo,
  preview,
  PREVIEW_SIZE,
  SELF_OWNED_NOTE,
  UNRESOLVED_NOTE,
  withAliases,
  workloadPage,
} from './answerParts';
import { coverageOf } from './coverage';
import { declarativePolicyReach } from './declarativePolicyReach';
import {
  accountRegionsView,
  regionsAgainstEffective,
} from './regionEnforcement';
import { criteriaOf, LatestOrganization, WorkloadReads } from './WorkloadReads';
import { WorkloadGeneration } from './WorkloadStore';

export type WorkloadPageRequest = {
  /** AMI owners to keep (a publisher filter), or all. */
  owners?: string[];
  accountId?: string;
  offset: number;
  limit: number;
};

/**
 * What the allowlist the config generates today would block if `allowed_images_settings` were
 * `enabled`: the workloads whose AMIs it does not allow (self-owned aside), by publisher and account,
 * and the account-regions that do not enforce their account's effective (deployed) policy, whether the
 * declarative policy reaches each account (an account it does not reach is counted apart), and which
 * accounts of the organization (newest snapshot) the counts cover: blocked counts say nothing of an
 * account not collected. Without a filter the body is also a readiness report for
 * `ami-governance plan --readiness`.
 */
export async function readinessAnswer(
  reads: WorkloadReads,
  generation: WorkloadGeneration,
  organization: LatestOrganization | undefined,
  config: GovernanceConfig,
  today: IsoDate,
  now: Date,
  request: WorkloadPageRequest,
) {
  const { id } = generation;
  const facts = await reads.generationFacts(id);
  const criteria = criteriaOf(config, today);
  const evaluationKey = `enabled|${today}|${criteriaKey(criteria)}`;
  const evaluation = await reads.evaluation(id, evaluationKey, [criteria], now);
  const filter = { owners: request.owners, accountId: request.accountId };
  const mode = config.policy_config.enforcement_mode;
  const effective = organization?.effective ?? new Map();
  const overview = await reads.overview(
    id,
    `readiness|${
      organization?.snapshotId
    }|${evaluationKey}|${mode}|${JSON.stringify(filter)}`,
    async () => {
      const uncounted = request.accountId
        ? facts.uncounted.of(request.accountId)
        : facts.uncounted.total;
      return {
        available: true,
        collectedAt: generation.collectedAt,
        generation: generationInfo(generation),
        enforcementMode: mode,
        coverage: coverageOf(
          facts.accounts,
          organization?.snapshot,
          generation.partial,
          request.accountId,
        ),
        ...withAliases(evaluation.summary(filter), facts.owners),
        byAccount: preview(evaluation.byAccount(filter)),
        // AMIs are shared across accounts: counted for the whole organization or a publisher only.
        ...(!request.accountId &&
          evaluation.blockedImages(request.owners) && {
            blockedImages: evaluation.blockedImages(request.owners),
          }),
        unresolved: { ...uncounted.unresolved, note: UNRESOLVED_NOTE },
        selfOwned: { ...uncounted.selfOwned, note: SELF_OWNED_NOTE },
        ...(request.accountId
          ? accountRegionsView(
              request.accountId,
              await reads.queries.account(id, request.accountId),
              effective.get(request.accountId),
            )
          : {
              regionsNotEnforcing: await regionsAgainstEffective(
                reads.queries,
                id,
                effective,
                PREVIEW_SIZE,
              ),
              notVisible: facts.notVisible,
            }),
        declarativePolicyReach: declarativePolicyReach(
          organization?.snapshot,
          evaluation.byAccount(filter),
          request.accountId,
        ),
      };
    },
  );
  return {
    ...overview,
    workloads: await workloadPage(evaluation, filter, request),
  };
}
