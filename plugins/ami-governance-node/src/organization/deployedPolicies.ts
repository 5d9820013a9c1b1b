import {
  DescribePolicyCommand,
  paginateListPolicies,
  paginateListTargetsForPolicy,
  PolicySummary,
  PolicyType,
} from '@aws-sdk/client-organizations';
import {
  DeployedPolicy,
  ORGANIZATIONS_POLICY_TYPES,
  PolicyDocumentKind,
  targetTypeSchema,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import {
  collectionError,
  collectPages,
  CollectContext,
  PAGE_SIZE,
} from './context';

/**
 * The policy whose ID or name is `nameOrId`, an ID match first. Stops at the first page holding it;
 * names are unique per policy type within an organization.
 */
export async function findPolicy(
  ctx: CollectContext,
  type: PolicyType,
  nameOrId: string,
): Promise<PolicySummary | undefined> {
  const { client } = ctx;
  const pages = ctx.retrier.pages('ListPolicies', startingToken =>
    paginateListPolicies(
      { client, startingToken, pageSize: PAGE_SIZE },
      { Filter: type },
    ),
  );
  for await (const page of pages) {
    const policies = page.Policies ?? [];
    const found =
      policies.find(p => p.Id === nameOrId) ??
      policies.find(p => p.Name === nameOrId);
    if (found) return found;
  }
  return undefined;
}

/**
 * One of our two policies with its document and attachments, or null when the organization has no
 * policy of that name or ID (not an error: drift reports it as not deployed). Read failures are
 * recorded under `policies.<kind>`.
 */
export async function readPolicy(
  ctx: CollectContext,
  kind: PolicyDocumentKind,
  nameOrId: string,
): Promise<DeployedPolicy | null> {
  const scope = `policies.${kind}`;
  const { client } = ctx;
  let policyId: string;
  let name: string;
  let arn: string | undefined;
  let content: string;
  try {
    const summary = await ctx.limit('ListPolicies', () =>
      findPolicy(ctx, ORGANIZATIONS_POLICY_TYPES[kind], nameOrId),
    );
    if (!summary?.Id) return null;
    policyId = summary.Id;
    const { Policy } = await ctx.limit('DescribePolicy', () =>
      ctx.retrier.run('DescribePolicy', () =>
        client.send(new DescribePolicyCommand({ PolicyId: policyId })),
      ),
    );
    if (Policy?.Content === undefined)
      throw new Error(`DescribePolicy returned no content for ${policyId}`);
    content = Policy.Content;
    name = Policy.PolicySummary?.Name ?? summary.Name ?? '';
    arn = Policy.PolicySummary?.Arn ?? summary.Arn;
  } catch (e) {
    ctx.errors.push(collectionError(scope, e, `policy "${nameOrId}"`));
    return null;
  }

  const found = await ctx.limit('ListTargetsForPolicy', () =>
    collectPages(
      ctx,
      scope,
      `the targets of policy ${name} (${policyId}) could not all be listed; its attachments are incomplete`,
      'ListTargetsForPolicy',
      startingToken =>
        paginateListTargetsForPolicy(
          { client, startingToken, pageSize: PAGE_SIZE },
          { PolicyId: policyId },
        ),
      page => page.Targets,
    ),
  );
  const targets: DeployedPolicy['targets'] = [];
  for (const t of found) {
    const type = targetTypeSchema.safeParse(t.Type);
    if (t.TargetId && type.success)
      targets.push({
        targetId: t.TargetId,
        name: t.Name ?? '',
        type: type.data,
      });
    else
      ctx.errors.push({
        scope,
        message: `policy ${name} (${policyId}) has a target of unknown type ${t.Type} (${t.TargetId}); it is left out`,
      });
  }
  return { id: policyId, name, ...(arn ? { arn } : {}), content, targets };
}
