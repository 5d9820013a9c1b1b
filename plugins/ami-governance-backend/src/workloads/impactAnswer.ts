import {
  canonicalProvider,
  computeAllowlist,
  defaultImpactDate,
  GovernanceConfig,
  IsoDate,
  lapsingExceptions,
  nextExceptionExpiry,
  withoutProvider,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import {
  criteriaKey,
  generationInfo,
  preview,
  SELF_OWNED_NOTE,
  UNRESOLVED_NOTE,
  withAliases,
  workloadPage,
} from './answerParts';
import { WorkloadPageRequest } from './readinessAnswer';
import { criteriaOf, WorkloadReads } from './WorkloadReads';
import { WorkloadGeneration } from './WorkloadStore';

type ImpactQuestion = {
  /** The date whose allowlist is compared with today's. */
  on?: IsoDate;
  /** A publisher (account ID or owner alias) taken out of the allowlist. */
  publisher?: string;
};

/**
 * The evaluation of what the allowlist of `on` (without `publisher`, when given) blocks that today's
 * does not, shared by every answer that asks the same question.
 */
export async function impactEvaluation(
  reads: WorkloadReads,
  generation: number,
  config: GovernanceConfig,
  today: IsoDate,
  now: Date,
  question: { on: IsoDate; publisher?: string },
) {
  const before = criteriaOf(config, today);
  const onDate = criteriaOf(config, question.on);
  const after = question.publisher
    ? withoutProvider(onDate, question.publisher)
    : onDate;
  // Named by its parts: criteriaOf returns the same arrays, whose keys are kept.
  const evaluationKey = `impact|${today}|${criteriaKey(before)}|${criteriaKey(
    onDate,
  )}|${question.publisher}`;
  const evaluation = await reads.evaluation(
    generation,
    evaluationKey,
    [after, before],
    now,
  );
  return { evaluation, evaluationKey };
}

/**
 * What stops being allowed compared with today: the allowlist of a later date (exceptions lapse), or
 * today's without one publisher, or both. Only workloads today's allowlist allows count: what is
 * already blocked today is the readiness answer. Grouped by publisher and account, with a page of
 * the workloads.
 */
export async function impactAnswer(
  reads: WorkloadReads,
  generation: WorkloadGeneration,
  config: GovernanceConfig,
  today: IsoDate,
  now: Date,
  question: ImpactQuestion,
  request: WorkloadPageRequest,
) {
  const { id } = generation;
  const on =
    question.on ??
    (question.publisher ? today : defaultImpactDate(config, today));
  const publisher = question.publisher && canonicalProvider(question.publisher);
  const { evaluation, evaluationKey } = await impactEvaluation(
    reads,
    id,
    config,
    today,
    now,
    { on, publisher },
  );
  const facts = await reads.generationFacts(id);
  // What does not depend on the account filter, once per question.
  const asked = await reads.overview(
    id,
    `impact|${evaluationKey}|${on}`,
    async () => ({
      available: true,
      collectedAt: generation.collectedAt,
      generation: generationInfo(generation),
      on,
      nextExpiry: nextExceptionExpiry(config, today) ?? null,
      lapsing: lapsingExceptions(config, today, on),
      ...(publisher && {
        publisher: {
          provider: publisher,
          inAllowlistToday: computeAllowlist(config, today).providers.includes(
            publisher,
          ),
        },
      }),
      unresolved: {
        ...facts.uncounted.total.unresolved,
        note: UNRESOLVED_NOTE,
      },
      selfOwned: { ...facts.uncounted.total.selfOwned, note: SELF_OWNED_NOTE },
    }),
  );
  const filter = { accountId: request.accountId };
  return {
    ...asked,
    ...withAliases(evaluation.summary(filter), facts.owners),
    byAccount: preview(evaluation.byAccount(filter)),
    workloads: await workloadPage(evaluation, filter, request),
  };
}
