import {
  AllowedImagesLayerInput,
  ApiComponents,
  accountAwsAndGit,
  accountStanding,
  GovernanceConfig,
  IsoDate,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import {
  criteriaKey,
  generationInfo,
  NO_WORKLOADS,
  PREVIEW_SIZE,
  SELF_OWNED_NOTE,
  UNRESOLVED_NOTE,
  withAliases,
  workloadPage,
} from './answerParts';
import { WorkloadPageRequest } from './readinessAnswer';
import { judgedAgainstEffective } from './regionEnforcement';
import { AccountRegionRow } from './WorkloadQueries';
import { criteriaOf, LatestOrganization, WorkloadReads } from './WorkloadReads';
import { WorkloadGeneration } from './WorkloadStore';

/** The answer of GET /accounts/{id} as the contract says it (its fields optional but `available` and the account's). */
type AccountStandingBody = ApiComponents['schemas']['AccountStandingResponse'];

// A region is measured against what AWS deploys for its account (its effective declarative policy),
// never against the config: Git being ahead of AWS is drift, said once, apart.
function regionStanding(
  row: AccountRegionRow,
  effective: AllowedImagesLayerInput | undefined,
) {
  const judged = judgedAgainstEffective(row, effective);
  return {
    region: row.region,
    ...(judged && {
      allowedImages: {
        ...judged.setting,
        managedBy: judged.setting.managedBy ?? null,
      },
      measuredAgainst: effective
        ? ('effective-policy' as const)
        : ('none' as const),
      ...(judged.problems && { problems: judged.problems }),
    }),
    ...(row.public_access_state !== null && {
      imageBlockPublicAccess: {
        state: row.public_access_state,
        managedBy: row.public_access_managed_by,
      },
    }),
    ...(row.error_code !== null && {
      error: { code: row.error_code, message: row.error_message ?? '' },
    }),
  };
}

/** How many of the account's regions read were measured against its effective policy, and which fail it. */
function regionsMeasured(regions: ReturnType<typeof regionStanding>[]) {
  const judged = regions.filter(r => r.measuredAgainst !== undefined);
  const measured = judged.filter(r => r.measuredAgainst === 'effective-policy');
  return {
    measured: measured.length,
    notEnforcing: measured
      .filter(r => (r.problems?.length ?? 0) > 0)
      .map(r => r.region),
    unmeasured: judged.length - measured.length,
  };
}

/**
 * One account's standing: where it sits in the organization and which policies govern it (newest
 * organization snapshot), what AWS enforces for it today against what the next apply deploys
 * (`awsAndGit`), what each of its regions enforces and what is wrong with it, its workloads that
 * `enabled` would block today, its public AMIs and its refusals (newest workload collection).
 * Undefined when neither knows the account.
 */
export async function accountAnswer(
  reads: WorkloadReads,
  generation: WorkloadGeneration | undefined,
  organization: LatestOrganization | undefined,
  config: GovernanceConfig,
  today: IsoDate,
  now: Date,
  request: WorkloadPageRequest & { accountId: string },
): Promise<AccountStandingBody | undefined> {
  const { accountId } = request;
  const standing =
    organization &&
    accountStanding(organization.snapshot, organization.index, accountId);
  const collected =
    generation && (await reads.queries.account(generation.id, accountId));
  if (!standing && !collected) return undefined;
  const effective = organization?.effective.get(accountId);
  const regions = collected?.regions.map(r => regionStanding(r, effective));
  const awsAndGit = accountAwsAndGit({
    accountId,
    ...(organization && {
      organization: {
        snapshot: organization.snapshot,
        collectedAt: organization.collectedAt,
      },
    }),
    effective,
    ...(collected &&
      regions && {
        regions: {
          collectedAt: collected.collectedAt,
          ...regionsMeasured(regions),
        },
      }),
    config,
    today,
    now,
  });
  const organizationPart = standing
    ? { inOrganization: true, ...standing }
    : { accountId, inOrganization: false };
  if (!generation)
    return {
      available: false,
      reason: NO_WORKLOADS,
      ...organizationPart,
      awsAndGit,
    };
  if (!collected)
    return {
      available: true,
      ...organizationPart,
      awsAndGit,
      collectedAt: generation.collectedAt,
      generation: generationInfo(generation),
      collected: false,
      reason:
        'This account is not in the newest workload collection: it joined since, was not ACTIVE, a partial collection left it out, or the collection did not reach it. Nothing is known of what enabled would block in it.',
    };
  const { id } = generation;
  const facts = await reads.generationFacts(id);
  const criteria = criteriaOf(config, today);
  const evaluation = await reads.evaluation(
    id,
    `enabled|${today}|${criteriaKey(criteria)}`,
    [criteria],
    now,
  );
  const filter = { accountId };
  const uncounted = facts.uncounted.of(accountId);
  return {
    available: true,
    ...organizationPart,
    awsAndGit,
    collectedAt: collected.collectedAt,
    generation: generationInfo(generation),
    collected: true,
    visibility: {
      visible: !collected.error,
      ...(collected.error && { error: collected.error }),
      refusedRegions: collected.regions
        .filter(r => r.error_code !== null)
        .map(r => r.region),
    },
    regions,
    ...withAliases(evaluation.summary(filter), facts.owners),
    unresolved: { ...uncounted.unresolved, note: UNRESOLVED_NOTE },
    selfOwned: { ...uncounted.selfOwned, note: SELF_OWNED_NOTE },
    workloads: await workloadPage(evaluation, filter, request),
    publicImages: await reads.queries.publicImages(
      id,
      { accountId },
      0,
      PREVIEW_SIZE,
    ),
  };
}
