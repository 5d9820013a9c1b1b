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
import { LRUCache } from 'lru-cache';
import {
  BlockedChunk,
  WorkloadFilter,
  WorkloadItem,
  WorkloadQueries,
} from './WorkloadQueries';

type Kind = 'instance' | 'launch-template';
type CountRow = BlockedCount & { chunk: number };

/**
 * The rows one query lists, in page order: a chunk and (unless one account is asked) one publisher.
 * `offset` is where the run starts among the filter's workloads of its kind; `before[k]` how many of
 * them come before its k-th row within it.
 */
type Run = { first: number; end: number; offset: number; before: number[] };

/** Where every page of a filter starts: its rows, total and runs per kind, worked out once. */
type PageLayout = {
  rows: CountRow[];
  total: number;
  runs: Record<Kind, Run[]>;
  /** Each run's offset, for the search of where a page starts. */
  offsets: Record<Kind, number[]>;
  /** Workloads of each kind under the filter. */
  totals: Record<Kind, number>;
};

const sizeOf = (kind: Kind) => (r: BlockedCount) =>
  kind === 'instance' ? r.instances : r.launchTemplates;

/**
 * The last index of `sorted` (ascending, starting at 0) whose value is at most `value`. Over a run's
 * `before`, that row has workloads of the kind: a row with none shares its value with the next row.
 */
function lastAtMost(sorted: number[], value: number) {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (sorted[mid] <= value) low = mid;
    else high = mid - 1;
  }
  return low;
}

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

  /** Page layouts of the filters asked lately (a page of a deep offset seeks, never scans). */
  private readonly layouts = new LRUCache<string, PageLayout>({ max: 32 });

  private layout(filter: WorkloadFilter): PageLayout {
    const key = JSON.stringify([
      filter.owners ?? null,
      filter.accountId ?? null,
    ]);
    const known = this.layouts.get(key);
    if (known) return known;
    const rows = this.rows(filter);
    const oneAccount = filter.accountId !== undefined;
    const layout: PageLayout = {
      rows,
      total: rows.reduce((n, r) => n + r.instances + r.launchTemplates, 0),
      runs: { instance: [], 'launch-template': [] },
      offsets: { instance: [], 'launch-template': [] },
      totals: { instance: 0, 'launch-template': 0 },
    };
    for (const kind of ['instance', 'launch-template'] as const) {
      const size = sizeOf(kind);
      let offset = 0;
      for (let first = 0; first < rows.length; ) {
        const before: number[] = [];
        let run = 0;
        let end = first;
        // Rows listed by one query: the same chunk and (unless one account) the same publisher.
        for (
          ;
          end < rows.length &&
          rows[end].chunk === rows[first].chunk &&
          (oneAccount || rows[end].publisher === rows[first].publisher);
          end++
        ) {
          before.push(run);
          run += size(rows[end]);
        }
        if (run > 0) layout.runs[kind].push({ first, end, offset, before });
        offset += run;
        first = end;
      }
      layout.totals[kind] = offset;
      layout.offsets[kind] = layout.runs[kind].map(run => run.offset);
    }
    this.layouts.set(key, layout);
    return layout;
  }

  /**
   * One page of the blocked workloads under a filter: instances first, then launch templates, each
   * by publisher, account, region and ID. The filter's layout (worked out once) says where the page
   * starts (which publisher and account, how far into it), so each query seeks there in the owner
   * index and reads one page, however deep the offset; chunks and publishers the filter leaves empty
   * are never queried. One account's workloads (a few dozen) are read with one query per chunk, all
   * its publishers at once.
   */
  async page(
    filter: WorkloadFilter,
    offset: number,
    limit: number,
  ): Promise<{ total: number; items: WorkloadItem[] }> {
    const { rows, total, runs, offsets, totals } = this.layout(filter);
    const oneAccount = filter.accountId !== undefined;
    const items: WorkloadItem[] = [];
    let skip = offset;
    for (const kind of ['instance', 'launch-template'] as const) {
      if (items.length >= limit) break;
      if (skip >= totals[kind]) {
        skip -= totals[kind];
        continue;
      }
      const size = sizeOf(kind);
      const kindRuns = runs[kind];
      // The run the page starts in, then each following one until the page is full.
      const firstRun = lastAtMost(offsets[kind], skip);
      for (let r = firstRun; r < kindRuns.length && items.length < limit; r++) {
        const run = kindRuns[r];
        const within = r === firstRun ? skip - run.offset : 0;
        // Within one publisher the query seeks to the account the page starts in: the last row whose
        // workloads of this kind begin at or before the page (never an empty one: see lastAtMost).
        let start = run.first;
        let into = within;
        if (!oneAccount) {
          const k = lastAtMost(run.before, within);
          start = run.first + k;
          into = within - run.before[k];
        }
        // A run of many accounts is one publisher's; one account's run has its few publishers.
        const owners = oneAccount
          ? [
              ...new Set(
                rows
                  .slice(start, run.end)
                  .filter(row => size(row) > 0)
                  .map(row => row.publisher),
              ),
            ]
          : [rows[start].publisher];
        items.push(
          ...(await this.queries.blockedPage(
            this.generation,
            kind,
            this.chunks[rows[run.first].chunk],
            { ...filter, owners, fromAccount: rows[start].accountId },
            into,
            limit - items.length,
          )),
        );
      }
      // The next kind's workloads start where this kind's ended.
      skip = 0;
    }
    return { total, items };
  }
}
