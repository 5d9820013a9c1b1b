import {
  BlockedCount,
  blockedByAccount,
  blockedOwners,
  evaluateAllowedImages,
  ImageCriterion,
  ImageFacts,
  ImageOwner,
  judgesOnlyProviders,
  RefusalReason,
  refusalReason,
  summarizeBlocked,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import {
  BlockedChunk,
  WorkloadFilter,
  WorkloadItem,
  WorkloadQueries,
} from './WorkloadQueries';

/** Values per IN list: far below every database's limit on parameters. */
const CHUNK_SIZE = 500;

type DescribedImage = ImageFacts & { region: string; imageId: string };

/** What a set of criteria does not allow: whole owners, or single AMIs when criteria look further. */
export type BlockedSet =
  | { kind: 'owners'; owners: Set<string> }
  | {
      kind: 'images';
      images: Map<string, DescribedImage>;
      /** Per blocked AMI, the criterion key that refused it (name, product code, age…). */
      reasons: Map<string, RefusalReason>;
    };

/** Blocked AMIs (distinct region and image) by the key that refused them. */
export type BlockedImages = {
  total: number;
  byReason: Partial<Record<RefusalReason, number>>;
};

/** A generation's AMIs as the evaluation needs them; `images` is read only for criteria that need it. */
export type GenerationImages = {
  owners: ImageOwner[];
  images: () => Promise<DescribedImage[]>;
};

const imageKey = (i: { region: string; imageId: string }) =>
  `${i.region}|${i.imageId}`;

/**
 * What each of `criteria` does not allow, judged the same way for all so they can be compared.
 * Criteria that judge the provider only (what the config generates) are evaluated once per distinct
 * owner; otherwise once per distinct AMI. The launching account aside: the store's queries leave out
 * workloads on their own account's AMIs, which Allowed AMIs always allows.
 */
export async function blockedSetsOf(
  source: GenerationImages,
  criteria: ImageCriterion[][],
  now: Date,
): Promise<BlockedSet[]> {
  if (criteria.every(judgesOnlyProviders))
    return criteria.map(c => ({
      kind: 'owners',
      owners: blockedOwners(source.owners, c, now),
    }));
  const all = await source.images();
  return criteria.map(c => {
    const images = new Map<string, DescribedImage>();
    const reasons = new Map<string, RefusalReason>();
    for (const image of all) {
      const reason = refusalReason(evaluateAllowedImages(image, c, '', now));
      if (!reason) continue;
      images.set(imageKey(image), image);
      reasons.set(imageKey(image), reason);
    }
    return { kind: 'images', images, reasons };
  });
}

/** What `after` blocks that `before` did not (two sets from one blockedSetsOf call). */
export function newlyBlockedSet(
  after: BlockedSet,
  before: BlockedSet,
): BlockedSet {
  if (after.kind === 'owners' && before.kind === 'owners')
    return {
      kind: 'owners',
      owners: new Set([...after.owners].filter(o => !before.owners.has(o))),
    };
  if (after.kind === 'images' && before.kind === 'images')
    return {
      kind: 'images',
      images: new Map(
        [...after.images].filter(([key]) => !before.images.has(key)),
      ),
      reasons: new Map(
        [...after.reasons].filter(([key]) => !before.images.has(key)),
      ),
    };
  throw new Error('blocked sets judged differently cannot be compared');
}

function chunksOf(set: BlockedSet, size: number): BlockedChunk[] {
  const chunks: BlockedChunk[] = [];
  if (set.kind === 'owners') {
    const owners = [...set.owners].sort();
    for (let i = 0; i < owners.length; i += size)
      chunks.push({ owners: owners.slice(i, i + size) });
    return chunks;
  }
  // An owner's AMIs side by side, so pages list one publisher after another.
  const images = [...set.images.values()].sort(
    (a, b) =>
      a.ownerId.localeCompare(b.ownerId) ||
      imageKey(a).localeCompare(imageKey(b)),
  );
  for (let i = 0; i < images.length; i += size)
    chunks.push({
      images: images
        .slice(i, i + size)
        .map(im => [im.region, im.imageId] as [string, string]),
    });
  return chunks;
}

const matches = (filter: WorkloadFilter) => (row: BlockedCount) =>
  (!filter.owners || filter.owners.includes(row.publisher)) &&
  (!filter.accountId || filter.accountId === row.accountId);

/**
 * The workloads a blocked set holds in one generation: counts per chunk, publisher and account, read
 * once; totals, groupings and pages under any filter are worked out from them without a full scan.
 */
export class Evaluation {
  static async of(
    queries: WorkloadQueries,
    generation: number,
    set: BlockedSet,
    chunkSize = CHUNK_SIZE,
  ): Promise<Evaluation> {
    const chunks = chunksOf(set, chunkSize);
    const counts: (BlockedCount & { chunk: number })[] = [];
    for (const [chunk, c] of chunks.entries())
      for (const row of await queries.blockedCounts(generation, c))
        counts.push({ ...row, chunk });
    // The order pages list them in (account IDs are digits: any collation sorts them alike).
    const before = (a: string, b: string) => (a < b ? -1 : Number(a > b));
    counts.sort(
      (a, b) =>
        a.chunk - b.chunk ||
        before(a.publisher, b.publisher) ||
        before(a.accountId, b.accountId),
    );
    return new Evaluation(queries, generation, chunks, counts, set);
  }

  private constructor(
    private readonly queries: WorkloadQueries,
    private readonly generation: number,
    private readonly chunks: BlockedChunk[],
    private readonly counts: (BlockedCount & { chunk: number })[],
    private readonly set: BlockedSet,
  ) {}

  /**
   * The blocked AMIs by the key that refused them (too old, deprecated, a name or product code that
   * does not match, a publisher not listed), of the publishers in `owners` or all; undefined when the
   * criteria judge whole publishers only.
   */
  blockedImages(owners?: string[]): BlockedImages | undefined {
    if (this.set.kind !== 'images') return undefined;
    const result: BlockedImages = { total: 0, byReason: {} };
    for (const [key, image] of this.set.images) {
      if (owners && !owners.includes(image.ownerId)) continue;
      const reason = this.set.reasons.get(key)!;
      result.total++;
      result.byReason[reason] = (result.byReason[reason] ?? 0) + 1;
    }
    return result;
  }

  private accountIndex?: Map<string, (BlockedCount & { chunk: number })[]>;

  /** The counts a filter keeps; one account's through an index built on first use. */
  private rows(filter: WorkloadFilter) {
    if (!filter.accountId) return this.counts.filter(matches(filter));
    if (!this.accountIndex) {
      this.accountIndex = new Map();
      for (const row of this.counts) {
        const list = this.accountIndex.get(row.accountId) ?? [];
        list.push(row);
        this.accountIndex.set(row.accountId, list);
      }
    }
    return (this.accountIndex.get(filter.accountId) ?? []).filter(
      matches(filter),
    );
  }

  /** Totals, accounts and publishers under a filter. */
  summary(filter: WorkloadFilter = {}) {
    return summarizeBlocked(this.rows(filter));
  }

  /** The accounts with blocked workloads, most affected first, with their totals. */
  byAccount(filter: WorkloadFilter = {}) {
    return blockedByAccount(this.rows(filter));
  }

  /**
   * One page of the blocked workloads under a filter: instances first, then launch templates, each
   * by publisher, account, region and ID. The counts say where the page starts (which publisher and
   * account, how far into it), so each query seeks there in the owner index and reads one page,
   * however deep the offset; chunks and publishers the filter leaves empty are never queried. One
   * account's workloads (a few dozen) are read with one query per chunk, all its publishers at once.
   */
  async page(
    filter: WorkloadFilter,
    offset: number,
    limit: number,
  ): Promise<{ total: number; items: WorkloadItem[] }> {
    const rows = this.rows(filter);
    const total = rows.reduce((n, r) => n + r.instances + r.launchTemplates, 0);
    const oneAccount = filter.accountId !== undefined;
    const sameRun = (a: BlockedCount & { chunk: number }, b: typeof a) =>
      a.chunk === b.chunk && (oneAccount || a.publisher === b.publisher);
    const items: WorkloadItem[] = [];
    let skip = offset;
    for (const kind of ['instance', 'launch-template'] as const) {
      const size = (r: BlockedCount) =>
        kind === 'instance' ? r.instances : r.launchTemplates;
      // Runs of rows listed by one query, in the order the queries list them.
      for (let i = 0; i < rows.length && items.length < limit; ) {
        let end = i;
        let run = 0;
        for (; end < rows.length && sameRun(rows[end], rows[i]); end++)
          run += size(rows[end]);
        if (skip >= run) {
          skip -= run;
        } else {
          let start = i;
          // Within one publisher the query seeks to the account the page starts in.
          if (!oneAccount)
            while (skip >= size(rows[start])) skip -= size(rows[start++]);
          const owners = [
            ...new Set(
              rows
                .slice(start, end)
                .filter(r => size(r) > 0)
                .map(r => r.publisher),
            ),
          ];
          items.push(
            ...(await this.queries.blockedPage(
              this.generation,
              kind,
              this.chunks[rows[i].chunk],
              { ...filter, owners, fromAccount: rows[start].accountId },
              skip,
              limit - items.length,
            )),
          );
          skip = 0;
        }
        i = end;
      }
    }
    return { total, items };
  }
}
