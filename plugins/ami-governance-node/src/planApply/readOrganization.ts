import { OrganizationsClient } from '@aws-sdk/client-organizations';
import {
  CollectionError,
  PolicyDocumentKind,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { CollectContext, limitPerApi } from '../organization/context';
import { describeOrganization } from '../organization/organizationIdentity';
import { readPolicy } from '../organization/deployedPolicies';
import { Retrier, RetryOptions } from '../aws/retry';
import { listRoots, walkTree } from '../organization/tree';
import { deployedStateHash } from './deployedHash';
import { readTarget } from './readTargets';
import { OrganizationReading } from './organizationReading';

/** How `plan` and `apply` reach AWS Organizations. @public */
export interface OrganizationAccess {
  client: OrganizationsClient;
  /** Calls in flight at most per Organizations API. Default 2. */
  concurrency?: number;
  retry?: RetryOptions;
}

/** Parts of AWS Organizations that could not be read: a plan is never made on a partial view. @public */
export class OrganizationReadError extends Error {
  constructor(readonly errors: CollectionError[]) {
    super(
      `AWS Organizations could not be read, so nothing can be planned or applied: ${errors
        .map(e => `${e.scope}: ${e.code ? `${e.code}: ` : ''}${e.message}`)
        .join('; ')}`,
    );
    this.name = 'OrganizationReadError';
  }
}

export function collectContext(access: OrganizationAccess): CollectContext {
  return {
    client: access.client,
    retrier: new Retrier(access.retry),
    limit: limitPerApi(access.concurrency ?? 2),
    errors: [],
  };
}

/**
 * Reads what a plan compares with: the organization, its roots and their enabled policy types, our
 * two policies (by name or ID) with their content and targets, and each target asked for (every root
 * by default). Throws OrganizationReadError when any part could not be read.
 * @public
 */
export async function readOrganizationForPlan(
  access: OrganizationAccess,
  request: {
    policyNames: Record<PolicyDocumentKind, string>;
    targets?: string[];
    /** Also list every account under each target (plans that switch to `enabled` need them). */
    withAccounts?: boolean;
  },
): Promise<OrganizationReading> {
  const ctx = collectContext(access);
  const [organization, roots, declarativePolicy, scp] = await Promise.all([
    describeOrganization(ctx),
    listRoots(ctx),
    readPolicy(ctx, 'declarativePolicy', request.policyNames.declarativePolicy),
    readPolicy(ctx, 'scp', request.policyNames.scp),
  ]);
  if (ctx.errors.length || !organization)
    throw new OrganizationReadError(ctx.errors);
  const targets = await Promise.all(
    (request.targets ?? roots.map(r => r.id)).map(async id => {
      const target = await readTarget(
        ctx,
        id,
        roots,
        organization.managementAccountId,
      );
      if (!request.withAccounts || !target.found) return target;
      const accounts =
        target.type === 'ACCOUNT'
          ? [target.targetId]
          : (await walkTree(ctx, [target.targetId])).accounts.map(a => a.id);
      return { ...target, accounts };
    }),
  );
  if (ctx.errors.length) throw new OrganizationReadError(ctx.errors);
  const policies = { declarativePolicy, scp };
  return {
    organization,
    roots: roots.map(({ id, name, enabledPolicyTypes }) => ({
      id,
      name,
      enabledPolicyTypes,
    })),
    policies,
    targets,
    deployedSha256: deployedStateHash(policies),
  };
}
