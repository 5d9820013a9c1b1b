import {
  chainFromWalk,
  ImageChain,
  lineageNodes,
  LineageEdge,
  LineageNode,
  mergeNodes,
  WorkloadAccountReport,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { Knex } from 'knex';
import { SharedWork } from '../lib/SharedWork';
import {
  LINEAGE_TABLES as T,
  MAX_DEPTH,
  WORKLOAD_TABLES as W,
} from './lineageTables';
import {
  eventsBetween,
  ImageRow,
  nodeOfRow,
  rowOfNode,
  unchangedInCollection,
} from './lineageRows';

/** A row of the timeline table. */
type LineageEvent = {
  image_id: string;
  at: string;
  kind: string;
  detail: string;
};

/** Rows per statement: well under every database's parameter limit. */
const BATCH = 200;

function* batches<T>(rows: T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += BATCH) yield rows.slice(i, i + BATCH);
}

/**
 * The recursive walk from one AMI along its edges, down (`descendants`: to the AMIs made from it) or
 * up (`ancestors`: to its source and on). The one CTE both PostgreSQL and SQLite run: a path string
 * stops a cycle, a depth bound stops corrupt data.
 */
function walk(direction: 'ancestors' | 'descendants') {
  const [from, to] =
    direction === 'ancestors'
      ? ['image_id', 'source_image_id']
      : ['source_image_id', 'image_id'];
  return `WITH RECURSIVE walk(image_id, depth, path) AS (
    SELECT CAST(? AS VARCHAR(64)), 0, CAST(? AS TEXT)
    UNION ALL
    SELECT e.${to}, walk.depth + 1, walk.path || e.${to} || '/'
    FROM walk JOIN ${T.edges} e ON e.${from} = walk.image_id
    WHERE walk.depth < ${MAX_DEPTH}
      AND walk.path NOT LIKE '%/' || e.${to} || '/%'
  )`;
}
const walkBindings = (imageId: string) => [imageId, `/${imageId}/`];

/** The lineage graph as read: nodes by AMI ID, and each AMI's source. */
type LineageGraphRows = {
  nodes: Map<string, LineageNode>;
  sources: Map<string, string>;
};

/** Workloads of one kind in one account on one AMI. */
type UsageRow = {
  accountId: string;
  imageId: string;
  kind: 'instances' | 'launchTemplates';
  n: number;
};

/** An instance or launch template version within a scope of impact. */
export type ScopeWorkload = {
  kind: 'instance' | 'launch-template';
  id: string;
  accountId: string;
  region: string;
  imageId: string;
  ownerId: string | null;
};

/**
 * The lineage graph in the plugin's database: every AMI the collections met, an edge from each to
 * its source, and a timeline per AMI. Written with each account of a workload collection (in its
 * transaction), kept across collections.
 */
export class LineageStore {
  /**
   * Whole scopes of impact per (generation, AMI): a page is a slice. The served generation keys
   * them, so a new collection is a new key; the few roots asked during an incident stay warm.
   */
  private readonly scopes = new SharedWork<{
    descendants: string[];
    totals: {
      images: number;
      instances: number;
      launchTemplates: number;
      accounts: number;
      regions: number;
    };
    items: ScopeWorkload[];
  }>(8);

  private readonly graphs = new SharedWork<LineageGraphRows>(2);
  private readonly usages = new SharedWork<UsageRow[]>(2);

  constructor(readonly knex: Knex) {}

  /**
   * Merges one account's lineage into the graph, recording what changed. Within one collection
   * (`collection`, the generation) a row is written by the first account that meets the AMI and
   * again only when another tells something new of it; an edge only when new or changed. A golden
   * AMI its owner's catalog no longer lists is recorded as deregistered.
   */
  async record(
    report: WorkloadAccountReport,
    collection: number | null,
    trx: Knex = this.knex,
  ) {
    const seenAt = report.collectedAt;
    const nodes = new Map<string, LineageNode>();
    const edges = new Map<string, LineageEdge>();
    const catalog = new Set<string>();
    for (const region of report.regions)
      for (const image of region.lineage ?? []) {
        if (image.goldenCatalog) catalog.add(image.imageId);
        const found = lineageNodes(image, region.region);
        for (const n of found.nodes) {
          const known = nodes.get(n.imageId);
          nodes.set(n.imageId, known ? mergeNodes(known, n) : n);
        }
        for (const e of found.edges)
          if (!edges.has(e.imageId)) edges.set(e.imageId, e);
      }
    const events: LineageEvent[] = [];
    if (nodes.size > 0) {
      await this.writeNodes(nodes, seenAt, collection, events, trx);
      await this.writeEdges(edges, trx);
    }
    await this.catalogDepartures(report, catalog, collection, events, trx);
    for (const batch of batches(events)) await trx(T.events).insert(batch);
  }

  /** The nodes that are new or tell something new, with the events between their rows. */
  private async writeNodes(
    nodes: Map<string, LineageNode>,
    seenAt: string,
    collection: number | null,
    events: LineageEvent[],
    trx: Knex,
  ) {
    const before = new Map<string, ImageRow>();
    for (const batch of batches([...nodes.keys()]))
      for (const row of await trx<ImageRow>(T.images).whereIn(
        'image_id',
        batch,
      ))
        before.set(row.image_id, row);
    const rows: ImageRow[] = [];
    for (const node of nodes.values()) {
      const old = before.get(node.imageId);
      const merged = old ? mergeNodes(nodeOfRow(old), node) : node;
      const row = rowOfNode(merged, seenAt, old, collection);
      if (old && unchangedInCollection(old, row)) continue;
      rows.push(row);
      for (const e of eventsBetween(old, row))
        events.push({ image_id: row.image_id, at: seenAt, ...e });
    }
    for (const batch of batches(rows))
      await trx(T.images).insert(batch).onConflict('image_id').merge();
  }

  /** Edges that are new or name another source (a chain never changes: almost always none). */
  private async writeEdges(edges: Map<string, LineageEdge>, trx: Knex) {
    const known = new Map<string, { source: string; region: string | null }>();
    for (const batch of batches([...edges.keys()]))
      for (const row of await trx(T.edges).whereIn('image_id', batch))
        known.set(row.image_id, {
          source: row.source_image_id,
          region: row.source_region,
        });
    const rows = [...edges.values()]
      .map(e => ({
        image_id: e.imageId,
        source_image_id: e.sourceImageId,
        source_region: e.sourceRegion ?? null,
      }))
      .filter(r => {
        const k = known.get(r.image_id);
        return (
          !k || k.source !== r.source_image_id || k.region !== r.source_region
        );
      });
    for (const batch of batches(rows))
      await trx(T.edges).insert(batch).onConflict('image_id').merge();
  }

  /**
   * The golden AMIs of this account that its catalog no longer lists, in each region where the report
   * read the whole catalog without an error: DescribeImages (Owners=self, deprecated and disabled
   * included) only leaves out a deregistered AMI. Only AMIs first seen before the report was
   * collected (an older report pushed late says nothing of newer AMIs), each said once: the state is
   * changed and the event written only by the update that changed it.
   */
  private async catalogDepartures(
    report: WorkloadAccountReport,
    catalog: Set<string>,
    collection: number | null,
    events: LineageEvent[],
    trx: Knex,
  ) {
    const regions = report.regions
      .filter(r => r.goldenCatalogRead && !r.error)
      .map(r => r.region);
    if (regions.length === 0) return;
    const collectedAt = Date.parse(report.collectedAt);
    const notDeregistered = (q: Knex.QueryBuilder) =>
      q.whereNull('state').orWhereNot('state', 'deregistered');
    const listed: ImageRow[] = await trx<ImageRow>(T.images)
      .where({ owner_id: report.accountId, golden_catalog: true })
      .whereIn('region', regions)
      .where(notDeregistered);
    const gone = listed.filter(
      r =>
        !catalog.has(r.image_id) && Date.parse(r.first_seen_at) < collectedAt,
    );
    for (const r of gone) {
      const changed = await trx(T.images)
        .where({ image_id: r.image_id })
        .where(notDeregistered)
        .update({ state: 'deregistered', seen_in_collection: collection });
      if (changed > 0)
        events.push({
          image_id: r.image_id,
          at: report.collectedAt,
          kind: 'deregistered',
          detail: `Gone from the golden catalog in ${r.region}: its owner's DescribeImages (deprecated and disabled included) no longer lists it`,
        });
    }
  }

  async node(imageId: string): Promise<LineageNode | undefined> {
    const row = await this.knex<ImageRow>(T.images)
      .where({ image_id: imageId })
      .first();
    return row && nodeOfRow(row);
  }

  /** The AMI's chain to its root: one recursive query, judged by the walk the CLI uses too. */
  async chain(imageId: string): Promise<ImageChain> {
    const rows = await this.raw<
      ImageRow & { walked_id: string; next_id: string | null }
    >(
      `${walk('ancestors')}
        SELECT walk.image_id AS walked_id, e.source_image_id AS next_id, i.*
        FROM walk
        LEFT JOIN ${T.images} i ON i.image_id = walk.image_id
        LEFT JOIN ${T.edges} e ON e.image_id = walk.image_id
        ORDER BY walk.depth`,
      walkBindings(imageId),
    );
    return this.chainOfRows(imageId, rows);
  }

  private chainOfRows(
    imageId: string,
    rows: (ImageRow & { walked_id: string; next_id: string | null })[],
  ): ImageChain {
    const byId = new Map(rows.map(r => [r.walked_id, r]));
    return chainFromWalk(imageId, id => {
      const row = byId.get(id);
      if (!row?.image_id) return undefined;
      return { node: nodeOfRow(row), sourceImageId: row.next_id ?? undefined };
    });
  }

  /** Every AMI whose chain passes through `imageId` (itself left out). */
  async descendantIds(imageId: string): Promise<string[]> {
    const rows = await this.raw<{ image_id: string }>(
      `${walk(
        'descendants',
      )} SELECT image_id FROM walk WHERE depth > 0 ORDER BY depth, image_id`,
      walkBindings(imageId),
    );
    return rows.map(r => r.image_id);
  }

  /**
   * The workloads of a generation on the AMI or one derived from it, as one query over the walk.
   * An AMI lives in one region and EC2 makes its IDs per region: a workload counts only where its
   * region is the AMI's (or the AMI's region is not known).
   * CROSS JOIN keeps SQLite's planner from scanning the generation and probing the walk (it has no
   * index): from each AMI of the walk, the (collection_id, image_id) index finds its workloads.
   */
  private scopeSql(generation: number, imageId: string) {
    return {
      sql: `${walk('descendants')},
      scope AS (
        SELECT walk.image_id, n.region FROM walk
        JOIN ${T.images} n ON n.image_id = walk.image_id
      ),
      used AS (
        SELECT 'instance' AS kind, x.instance_id AS id, x.account_id, x.region, x.image_id, x.owner_id
        FROM scope s CROSS JOIN ${W.instances} x
        WHERE x.collection_id = ? AND x.image_id = s.image_id
          AND (s.region IS NULL OR x.region = s.region)
        UNION ALL
        SELECT 'launch-template' AS kind,
          t.launch_template_id || ':' || CAST(t.version AS VARCHAR(12)) AS id,
          t.account_id, t.region, t.image_id, t.owner_id
        FROM scope s CROSS JOIN ${W.launchTemplates} t
        WHERE t.collection_id = ? AND t.image_id = s.image_id
          AND (s.region IS NULL OR t.region = s.region)
      )`,
      bindings: [...walkBindings(imageId), generation, generation],
    };
  }

  /** A page of the scope of impact, with totals. */
  async scope(
    generation: number,
    imageId: string,
    offset: number,
    limit: number,
  ) {
    const all = await this.scopes.get(`${generation}|${imageId}`, () =>
      this.wholeScope(generation, imageId),
    );
    return {
      descendants: all.descendants,
      totals: all.totals,
      items: all.items.slice(offset, offset + limit),
    };
  }

  /** Every workload in the scope, sorted, with totals: one query, kept per generation and AMI. */
  private async wholeScope(generation: number, imageId: string) {
    const { sql, bindings } = this.scopeSql(generation, imageId);
    const [rows, descendants] = await Promise.all([
      this.raw<{
        kind: ScopeWorkload['kind'];
        id: string;
        account_id: string;
        region: string;
        image_id: string;
        owner_id: string | null;
      }>(`${sql} SELECT * FROM used`, bindings),
      this.descendantIds(imageId),
    ]);
    const items = rows.map(
      (r): ScopeWorkload => ({
        kind: r.kind,
        id: r.id,
        accountId: r.account_id,
        region: r.region,
        imageId: r.image_id,
        ownerId: r.owner_id,
      }),
    );
    // Sorted here, in code-unit order: the same on both databases whatever their collation, and
    // faster than PostgreSQL's locale-aware sort (half of the query's time at 22,000 rows).
    const key = (w: ScopeWorkload) => [w.accountId, w.region, w.kind, w.id];
    items.sort((a, b) => {
      const [ka, kb] = [key(a), key(b)];
      for (let i = 0; i < ka.length; i++)
        if (ka[i] !== kb[i]) return ka[i] < kb[i] ? -1 : 1;
      return 0;
    });
    return {
      descendants,
      totals: {
        // The AMI and every descendant (each is a node: the walk follows edges between nodes).
        images: descendants.length + 1,
        instances: items.filter(w => w.kind === 'instance').length,
        launchTemplates: items.filter(w => w.kind === 'launch-template').length,
        accounts: new Set(items.map(w => w.accountId)).size,
        regions: new Set(items.map(w => w.region)).size,
      },
      items,
    };
  }

  /** Instances and launch templates of a generation on exactly this AMI. */
  async usage(generation: number, node: { imageId: string; region?: string }) {
    const count = async (table: string) => {
      const [{ n }] = await this.knex(table)
        .where({
          collection_id: generation,
          image_id: node.imageId,
          ...(node.region && { region: node.region }),
        })
        .count({ n: '*' });
      return Number(n);
    };
    const [instances, launchTemplates] = await Promise.all([
      count(W.instances),
      count(W.launchTemplates),
    ]);
    return { instances, launchTemplates };
  }

  async timeline(imageId: string) {
    const rows = await this.knex(T.events)
      .where({ image_id: imageId })
      .orderBy('id')
      .select('at', 'kind', 'detail');
    return rows.map(r => ({
      at: r.at,
      kind: r.kind,
      detail: r.detail ?? undefined,
    }));
  }

  /**
   * Every node and edge: the whole graph, for provenance of every used AMI at once. Read once per
   * generation served (the graph only grows while the next one is written).
   */
  graph(generation: number): Promise<LineageGraphRows> {
    return this.graphs.get(String(generation), () => this.readGraph());
  }

  private async readGraph(): Promise<LineageGraphRows> {
    const [rows, edges] = await Promise.all([
      this.knex<ImageRow>(T.images).select(),
      this.knex(T.edges).select('image_id', 'source_image_id'),
    ]);
    return {
      nodes: new Map(rows.map(r => [r.image_id, nodeOfRow(r)])),
      sources: new Map(edges.map(e => [e.image_id, e.source_image_id])),
    };
  }

  /** Instances and launch templates of a generation, counted per account and AMI (read once). */
  usageByAccountAndImage(generation: number): Promise<UsageRow[]> {
    return this.usages.get(String(generation), () =>
      this.readUsage(generation),
    );
  }

  private async readUsage(generation: number): Promise<UsageRow[]> {
    const q = (table: string) =>
      this.knex(table)
        .where({ collection_id: generation })
        .whereNotNull('image_id')
        .groupBy('account_id', 'image_id')
        .select('account_id', 'image_id')
        .count({ n: '*' });
    const [instances, launchTemplates] = await Promise.all([
      q(W.instances),
      q(W.launchTemplates),
    ]);
    const rows = (list: any[], kind: UsageRow['kind']) =>
      list.map(r => ({
        accountId: String(r.account_id),
        imageId: String(r.image_id),
        kind,
        n: Number(r.n),
      }));
    return [
      ...rows(instances, 'instances'),
      ...rows(launchTemplates, 'launchTemplates'),
    ];
  }

  /** A raw query's rows on both databases (pg answers `{rows}`, SQLite the rows). */
  private async raw<R>(
    sql: string,
    bindings: readonly unknown[],
  ): Promise<R[]> {
    const result = await this.knex.raw(sql, bindings as any[]);
    return Array.isArray(result) ? result : result.rows;
  }
}
