import { OrganizationsClient } from '@aws-sdk/client-organizations';
import {
  CollectionError,
  OrganizationSnapshot,
  SNAPSHOT_FORMAT_VERSION,
  SnapshotAccount,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { readAccountTags } from './accountTags';
import { CollectContext, limitPerApi } from './context';
import {
  EffectivePolicyResult,
  readEffectivePolicy,
} from './effectivePolicies';
import { describeOrganization, resolveIdentity } from './organizationIdentity';
import { readPolicy } from './deployedPolicies';
import { Retrier, RetryOptions } from '../aws/retry';
import { listRoots, walkTree } from './tree';

/** @public */
export interface CollectOrganizationSnapshotOptions {
  client: OrganizationsClient;
  /** Each a policy name or ID (p-…). */
  policyNames: { declarative: string; scp: string };
  /** Calls in flight at most per Organizations API (each API is throttled on its own). */
  concurrency: number;
  logger?: { info(msg: string): void; warn(msg: string): void };
  /** The clock for `collectedAt`. */
  now?: () => Date;
  retry?: RetryOptions;
}

/** Collection-wide failures first, then per-account ones, each group by scope. */
function byScope(a: CollectionError, b: CollectionError): number {
  const rank = (e: CollectionError) => (e.scope.startsWith('account:') ? 1 : 0);
  return (
    rank(a) - rank(b) ||
    a.scope.localeCompare(b.scope) ||
    a.message.localeCompare(b.message)
  );
}

/**
 * Reads the organization: its roots, OU tree, accounts with their parents and tags, our two policies
 * with their attachments, and each account's effective declarative policy. AWS failures never throw:
 * what could not be read is listed in `errors`, so a partial snapshot is labelled as such.
 * @public
 */
export async function collectOrganizationSnapshot(
  options: CollectOrganizationSnapshotOptions,
): Promise<OrganizationSnapshot> {
  const {
    client,
    policyNames,
    concurrency,
    logger,
    now = () => new Date(),
  } = options;
  if (!(Number.isInteger(concurrency) && concurrency >= 1))
    throw new RangeError(
      `concurrency must be a whole number of 1 or more, got ${concurrency}`,
    );
  const started = Date.now();
  const ctx: CollectContext = {
    client,
    retrier: new Retrier(options.retry),
    limit: limitPerApi(concurrency),
    errors: [],
  };
  logger?.info(
    `Collecting the AWS Organizations snapshot (concurrency ${concurrency})`,
  );

  // Organization and policies do not depend on the tree: they run beside it.
  const organization = describeOrganization(ctx);
  const policies = Promise.all([
    readPolicy(ctx, 'declarativePolicy', policyNames.declarative),
    readPolicy(ctx, 'scp', policyNames.scp),
  ]);
  const roots = await listRoots(ctx);
  if (roots.length === 0) {
    const why = ctx.errors.find(e => e.scope === 'roots');
    const message = why
      ? 'not listed: the roots could not be read'
      : 'not listed: the organization has no root';
    for (const scope of ['organizationalUnits', 'accounts'])
      ctx.errors.push({
        scope,
        ...(why?.code ? { code: why.code } : {}),
        message,
      });
  }

  // Effective policies and tags are the longest part (one call each per account, each API throttled
  // on its own): both start as soon as the walk finds an account instead of after the whole tree.
  const perAccount = new Map<
    string,
    Promise<EffectivePolicyResult & Pick<SnapshotAccount, 'tags'>>
  >();
  const tree = await walkTree(
    ctx,
    roots.map(r => r.id),
    found =>
      found.forEach(a =>
        perAccount.set(
          a.id,
          Promise.all([
            readAccountTags(ctx, a.id),
            readEffectivePolicy(ctx, a.id),
          ]).then(([tags, effective]) => ({ ...tags, ...effective })),
        ),
      ),
  );
  const [described, [declarativePolicy, scp], results] = await Promise.all([
    organization,
    policies,
    Promise.all(tree.accounts.map(a => perAccount.get(a.id)!)),
  ]);

  const identity = resolveIdentity(
    described,
    [
      ...roots.map(r => r.arn),
      ...tree.accounts.map(a => a.arn),
      declarativePolicy?.arn,
      scp?.arn,
    ],
    ctx,
  );
  const snapshot: OrganizationSnapshot = {
    version: SNAPSHOT_FORMAT_VERSION,
    collectedAt: now().toISOString(),
    organization: identity,
    roots: roots.map(({ id, name }) => ({ id, name })),
    organizationalUnits: tree.organizationalUnits,
    accounts: tree.accounts.map(({ arn: _arn, ...account }, i) => ({
      ...account,
      ...results[i],
    })),
    policies: { declarativePolicy, scp },
    errors: [...ctx.errors].sort(byScope),
  };

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  logger?.info(
    `Collected ${snapshot.accounts.length} accounts and ${snapshot.organizationalUnits.length} OUs in ${seconds} s; ${ctx.retrier.throttled} throttled and ${ctx.retrier.transient} failed calls retried`,
  );
  if (snapshot.errors.length > 0)
    logger?.warn(
      `The snapshot is partial: ${
        snapshot.errors.length
      } part(s) could not be read (${snapshot.errors
        .slice(0, 5)
        .map(e => `${e.scope}: ${e.code ?? 'error'}`)
        .join('; ')}${snapshot.errors.length > 5 ? '; …' : ''})`,
    );
  return snapshot;
}
