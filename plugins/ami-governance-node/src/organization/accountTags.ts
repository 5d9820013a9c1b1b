import { paginateListTagsForResource } from '@aws-sdk/client-organizations';
import { SnapshotAccount } from '@ami-governance/backstage-plugin-ami-governance-common';
import { collectPages, CollectContext } from './context';

/**
 * One account's tags (ListTagsForResource), by key: the catalog module reads an account's owner from
 * one. An account without tags has none in the snapshot; tags that could not be read are recorded
 * under `account:<id>` and left out, so a gap is labelled and never taken for "no owner".
 */
export async function readAccountTags(
  ctx: CollectContext,
  accountId: string,
): Promise<Pick<SnapshotAccount, 'tags'>> {
  const { client } = ctx;
  // Its own error list: other accounts' calls add to the shared one meanwhile.
  const own: CollectContext = { ...ctx, errors: [] };
  const tags = await ctx.limit('ListTagsForResource', () =>
    collectPages(
      own,
      `account:${accountId}`,
      'its tags could not be read',
      'ListTagsForResource',
      startingToken =>
        paginateListTagsForResource(
          { client, startingToken },
          { ResourceId: accountId },
        ),
      page => page.Tags,
    ),
  );
  ctx.errors.push(...own.errors);
  if (own.errors.length > 0 || tags.length === 0) return {};
  return {
    tags: Object.fromEntries(
      tags.filter(t => t.Key).map(t => [t.Key!, t.Value ?? '']),
    ),
  };
}
