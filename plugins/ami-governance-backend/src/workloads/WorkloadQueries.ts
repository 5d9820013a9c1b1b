import { Knex } from 'knex';
import {
  ApiComponents,
  BlockedCount,
  ImageFacts,
  ImageOwner,
  launchTemplateWorkloadId,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { optional, totalAndRows } from './queryHelpers';
import { TABLES } from './tables';

/** A distinct Allowed AMIs setting of a generation's account-regions, with how many have it. */
export type DistinctSetting = {
  state: string;
  managedBy: string | null;
  criteria: string;
  count: number;
};

export type AccountRegionRow = {
  region: string;
  allowed_images_state: string | null;
  allowed_images_managed_by: string | null;
  allowed_images_criteria: string | null;
  public_access_state: string | null;
  public_access_managed_by: string | null;
  error_code: string | null;
  error_message: string | null;
};

/** Why an account-region is not visible: its refusal, or a setting that was not collected. */
export function regionRefusal(accountId: string, row: AccountRegionRow) {
  return {
    accountId,
    region: row.region,
    code: row.error_code ?? 'NotCollected',
    message:
      row.error_message ??
      'The Allowed AMIs setting of this region was not collected.',
  };
}

/** A part of a blocked set small enough for one IN list: AMI owners, or AMIs by region and ID. */
export type BlockedChunk =
  | { owners: string[] }
  | { images: [region: string, imageId: string][] };

/** Narrows a list of blocked workloads. */
export type WorkloadFilter = {
  /** AMI owners' account IDs (a publisher given by alias is every owner with that alias). */
  owners?: string[];
  accountId?: string;
  /** Only accounts from this one on (where a page starts within a publisher). */
  fromAccount?: string;
};

/** A blocked instance or launch template version, as the API lists it (the contract's Workload). */
export type WorkloadItem = ApiComponents['schemas']['Workload'];

type WorkloadKind = WorkloadItem['kind'];

/** Counts of workloads left out of blocked counts (see uncountedByAccount). */
export type Uncounted = {
  unresolved: { instances: number; launchTemplates: number };
  selfOwned: { instances: number; launchTemplates: number };
};

const noneUncounted = (): Uncounted => ({
  unresolved: { instances: 0, launchTemplates: 0 },
  selfOwned: { instances: 0, launchTemplates: 0 },
});

const KIND_TABLE = {
  instance: TABLES.instances,
  'launch-template': TABLES.launchTemplates,
} as const;

/**
 * The SQL behind the workload API. Every query is bounded by an index that leads with the generation
 * (collection_id): grouped counts per publisher and account, pages in index order, and what the
 * account-regions enforce (their Allowed AMIs settings, what could not be read, one account's rows,
 * member-owned public AMIs).
 */
export class WorkloadQueries {
  constructor(readonly knex: Knex) {}

  /** The distinct Allowed AMIs settings the account-regions that could be read have. */
  async distinctSettings(generation: number): Promise<DistinctSetting[]> {
    const rows = (await this.knex(TABLES.regions)
      .where({ collection_id: generation })
      .whereNotNull('allowed_images_state')
      .groupBy(
        'allowed_images_state',
        'allowed_images_managed_by',
        'allowed_images_criteria',
      )
      .select(
        'allowed_images_state',
        'allowed_images_managed_by',
        'allowed_images_criteria',
      )
      .count({ count: '*' })) as {
      allowed_images_state: string;
      allowed_images_managed_by: string | null;
      allowed_images_criteria: string | null;
      count: string | number;
    }[];
    return rows.map(r => ({
      state: r.allowed_images_state,
      managedBy: r.allowed_images_managed_by,
      criteria: r.allowed_images_criteria ?? '[]',
      count: Number(r.count),
    }));
  }

  /**
   * The distinct Allowed AMIs settings per account (a handful per account), for measuring each
   * account's regions against its own effective policy.
   */
  async distinctSettingsByAccount(
    generation: number,
  ): Promise<(DistinctSetting & { accountId: string })[]> {
    const rows = (await this.knex(TABLES.regions)
      .where({ collection_id: generation })
      .whereNotNull('allowed_images_state')
      .groupBy(
        'account_id',
        'allowed_images_state',
        'allowed_images_managed_by',
        'allowed_images_criteria',
      )
      .select(
        'account_id',
        'allowed_images_state',
        'allowed_images_managed_by',
        'allowed_images_criteria',
      )
      .count({ count: '*' })
      .orderBy('account_id')) as {
      account_id: string;
      allowed_images_state: string;
      allowed_images_managed_by: string | null;
      allowed_images_criteria: string | null;
      count: string | number;
    }[];
    return rows.map(r => ({
      accountId: r.account_id,
      state: r.allowed_images_state,
      managedBy: r.allowed_images_managed_by,
      criteria: r.allowed_images_criteria ?? '[]',
      count: Number(r.count),
    }));
  }

  /** The account-regions with one of `settings`, a page at a time, with the total. */
  async regionsWithSettings(
    generation: number,
    settings: DistinctSetting[],
    offset: number,
    limit: number,
  ) {
    if (settings.length === 0) return { total: 0, rows: [] };
    const query = () => {
      const q = this.knex(TABLES.regions).where({ collection_id: generation });
      return q.where(any => {
        for (const s of settings)
          any.orWhere(one => {
            one.where({ allowed_images_state: s.state });
            if (s.managedBy === null)
              one.whereNull('allowed_images_managed_by');
            else one.where({ allowed_images_managed_by: s.managedBy });
            one.where({ allowed_images_criteria: s.criteria });
          });
      });
    };
    return totalAndRows(
      query,
      q =>
        q
          .select(
            'account_id',
            'region',
            'allowed_images_state',
            'allowed_images_managed_by',
            'allowed_images_criteria',
          )
          .orderBy(['account_id', 'region']),
      { offset, limit },
    );
  }

  /** Every account of a generation, sorted: those read, and those whose role could not be assumed. */
  async accountsByVisibility(generation: number) {
    const rows: { account_id: string; error_code: string | null }[] =
      await this.knex(TABLES.accounts)
        .where({ collection_id: generation })
        .select('account_id', 'error_code')
        .orderBy('account_id');
    return {
      collected: rows.filter(r => r.error_code === null).map(r => r.account_id),
      notVisible: rows
        .filter(r => r.error_code !== null)
        .map(r => r.account_id),
    };
  }

  /** Accounts whose role could not be assumed, with the AWS error. */
  async notVisibleAccounts(generation: number, limit: number) {
    const query = () =>
      this.knex(TABLES.accounts)
        .where({ collection_id: generation })
        .whereNotNull('error_code');
    const { total, rows } = await totalAndRows(
      query,
      q =>
        q
          .select('account_id', 'error_code', 'error_message')
          .orderBy('account_id'),
      { limit },
    );
    return {
      total,
      items: rows.map(r => ({
        accountId: r.account_id,
        code: r.error_code,
        message: r.error_message ?? '',
      })),
    };
  }

  /** Account-regions that refused, or whose setting could not be read. */
  async notVisibleRegions(generation: number, limit: number) {
    const query = () =>
      this.knex(TABLES.regions)
        .where({ collection_id: generation })
        .where(w =>
          w.whereNotNull('error_code').orWhereNull('allowed_images_state'),
        );
    const { total, rows } = await totalAndRows(
      query,
      q =>
        q
          .select('account_id', 'region', 'error_code', 'error_message')
          .orderBy(['account_id', 'region']),
      { limit },
    );
    return {
      total,
      items: rows.map(r => regionRefusal(r.account_id, r as AccountRegionRow)),
    };
  }

  /** One account of a generation with its regions (one query: an account's answer is asked often). */
  async account(generation: number, accountId: string) {
    const { accounts, regions } = TABLES;
    const rows: (AccountRegionRow & {
      account_collected_at: string;
      account_error_code: string | null;
      account_error_message: string | null;
    })[] = await this.knex(accounts)
      .leftJoin(regions, join =>
        join
          .on(`${regions}.collection_id`, `${accounts}.collection_id`)
          .andOn(`${regions}.account_id`, `${accounts}.account_id`),
      )
      .where(`${accounts}.collection_id`, generation)
      .where(`${accounts}.account_id`, accountId)
      .select(`${regions}.*`, {
        account_collected_at: `${accounts}.collected_at`,
        account_error_code: `${accounts}.error_code`,
        account_error_message: `${accounts}.error_message`,
      })
      .orderBy(`${regions}.region`);
    if (rows.length === 0) return undefined;
    const [account] = rows;
    return {
      collectedAt: String(account.account_collected_at),
      error: account.account_error_code
        ? {
            code: String(account.account_error_code),
            message: String(account.account_error_message ?? ''),
          }
        : undefined,
      // An account without regions comes back as one row of nulls.
      regions: rows.filter(r => r.region !== null),
    };
  }

  /** Member-owned public AMIs, a page at a time, with the total. */
  async publicImages(
    generation: number,
    filter: { accountId?: string; region?: string },
    offset: number,
    limit: number,
  ) {
    const query = () => {
      const q = this.knex(TABLES.publicImages).where({
        collection_id: generation,
      });
      if (filter.accountId) q.where({ account_id: filter.accountId });
      if (filter.region) q.where({ region: filter.region });
      return q;
    };
    const { total, rows } = await totalAndRows(
      query,
      q =>
        q
          .select('account_id', 'region', 'image_id', 'name', 'creation_date')
          .orderBy(['account_id', 'region', 'image_id']),
      { offset, limit },
    );
    return {
      total,
      items: rows.map(r => ({
        accountId: r.account_id,
        region: r.region,
        imageId: r.image_id,
        ...(r.name !== null && { name: r.name }),
        ...(r.creation_date !== null && { creationDate: r.creation_date }),
      })),
    };
  }

  /** Every AMI owner of a generation with its alias (the EC2 API may give one only for some AMIs). */
  async owners(generation: number): Promise<ImageOwner[]> {
    const rows = await this.knex(TABLES.images)
      .where({ collection_id: generation })
      .whereNotNull('owner_id')
      .groupBy('owner_id')
      .select('owner_id', this.knex.raw('max(owner_alias) as owner_alias'));
    return rows.map(r => ({
      ownerId: r.owner_id,
      ...(r.owner_alias && { ownerAlias: r.owner_alias }),
    }));
  }

  /** Every described AMI of a generation, for criteria that look at more than the provider. */
  async images(
    generation: number,
  ): Promise<(ImageFacts & { region: string; imageId: string })[]> {
    const rows = await this.knex(TABLES.images)
      .where({ collection_id: generation })
      .whereNotNull('owner_id');
    return rows.map(r => ({
      region: r.region,
      imageId: r.image_id,
      ownerId: r.owner_id,
      ownerAlias: optional(r.owner_alias),
      name: optional(r.name),
      productCodes: r.product_codes ? JSON.parse(r.product_codes) : undefined,
      creationDate: optional(r.creation_date),
      deprecationTime: optional(r.deprecation_time),
    }));
  }

  /** The owners with an alias: `amazon` names several accounts. */
  async ownersWithAlias(generation: number, alias: string): Promise<string[]> {
    return this.knex(TABLES.images)
      .where({ collection_id: generation, owner_alias: alias })
      .distinct('owner_id')
      .pluck('owner_id');
  }

  private blocked(
    generation: number,
    kind: WorkloadKind,
    chunk: BlockedChunk,
    filter: WorkloadFilter = {},
  ) {
    const table = KIND_TABLE[kind];
    const query = this.knex(table).where(`${table}.collection_id`, generation);
    if ('owners' in chunk) {
      // One IN list, not two: PostgreSQL plans a list of hundreds of owners in a millisecond or more.
      const wanted = filter.owners;
      query.whereIn(
        `${table}.owner_id`,
        wanted ? chunk.owners.filter(o => wanted.includes(o)) : chunk.owners,
      );
    } else {
      query.whereIn([`${table}.region`, `${table}.image_id`], chunk.images);
      if (filter.owners) query.whereIn(`${table}.owner_id`, filter.owners);
    }
    if (filter.accountId) query.where(`${table}.account_id`, filter.accountId);
    if (filter.fromAccount)
      query.where(`${table}.account_id`, '>=', filter.fromAccount);
    // Allowed AMIs always allows an AMI owned by the launching account.
    return query.whereRaw('?? <> ??', [
      `${table}.account_id`,
      `${table}.owner_id`,
    ]);
  }

  /** How many instances and launch templates of each account each publisher's blocked AMIs hold. */
  async blockedCounts(
    generation: number,
    chunk: BlockedChunk,
  ): Promise<BlockedCount[]> {
    const counts = new Map<string, BlockedCount>();
    for (const kind of ['instance', 'launch-template'] as const) {
      const table = KIND_TABLE[kind];
      const rows = (await this.blocked(generation, kind, chunk)
        .groupBy(`${table}.owner_id`, `${table}.account_id`)
        .select(`${table}.owner_id`, `${table}.account_id`)
        .count({ count: '*' })) as {
        owner_id: string;
        account_id: string;
        count: string | number;
      }[];
      for (const r of rows) {
        const key = `${r.owner_id}|${r.account_id}`;
        const row = counts.get(key) ?? {
          publisher: r.owner_id,
          accountId: r.account_id,
          instances: 0,
          launchTemplates: 0,
        };
        if (kind === 'instance') row.instances += Number(r.count);
        else row.launchTemplates += Number(r.count);
        counts.set(key, row);
      }
    }
    return [...counts.values()];
  }

  /** One page of one kind of blocked workload in one chunk, in index order (publisher, account, region, ID). */
  async blockedPage(
    generation: number,
    kind: WorkloadKind,
    chunk: BlockedChunk,
    filter: WorkloadFilter,
    offset: number,
    limit: number,
  ): Promise<WorkloadItem[]> {
    const table = KIND_TABLE[kind];
    const images = TABLES.images;
    const key = [
      `${table}.collection_id`,
      `${table}.account_id`,
      `${table}.region`,
      ...(kind === 'instance'
        ? [`${table}.instance_id`]
        : [`${table}.launch_template_id`, `${table}.version`]),
    ];
    const order = [`${table}.owner_id`, ...key.slice(1)];
    // The page's keys first, from the owner index alone (a deep offset skips index entries, not
    // rows), then those rows with their AMIs' facts.
    const page = this.blocked(generation, kind, chunk, filter)
      .select(key)
      .orderBy(order)
      .offset(offset)
      .limit(limit);
    const query = this.knex(table)
      .whereIn(key, page)
      .leftJoin(images, join =>
        join
          .on(`${images}.collection_id`, `${table}.collection_id`)
          .andOn(`${images}.region`, `${table}.region`)
          .andOn(`${images}.image_id`, `${table}.image_id`),
      )
      .select(`${table}.*`, `${images}.owner_alias`, {
        image_name: `${images}.name`,
      })
      .orderBy(order);
    return (await query).map(r => ({
      kind,
      id:
        kind === 'instance'
          ? r.instance_id
          : launchTemplateWorkloadId(r.launch_template_id, Number(r.version)),
      accountId: r.account_id,
      region: r.region,
      imageId: r.image_id,
      publisher: r.owner_id,
      ownerAlias: optional(r.owner_alias),
      imageName: optional(r.image_name),
      ...(kind === 'instance'
        ? {
            state: optional(r.state),
            launchTime: optional(r.launch_time),
            imageAllowed:
              r.image_allowed === null ? undefined : Boolean(r.image_allowed),
          }
        : {
            launchTemplateId: r.launch_template_id,
            launchTemplateName: r.name,
            version: Number(r.version),
            // Written by rows.ts from the snapshot's checked pointer names.
            pointers: String(r.pointers).split(',') as WorkloadItem['pointers'],
          }),
    }));
  }

  /**
   * Workloads Allowed AMIs cannot judge (AMI owner unknown) and workloads on their own account's AMIs
   * (always allowed by Allowed AMIs, never exempt from the SCP): in the whole generation, and per
   * account from the same grouped pass, so an account's answer needs no query of its own.
   */
  async uncountedByAccount(generation: number) {
    const perAccount = new Map<string, Uncounted>();
    const total = noneUncounted();
    for (const kind of ['instances', 'launchTemplates'] as const) {
      // Only the rows either count holds: both are sums over them.
      const rows: {
        account_id: string;
        unresolved: string | number;
        self_owned: string | number;
      }[] = await this.knex(TABLES[kind])
        .where({ collection_id: generation })
        .where(w =>
          w
            .where(unresolved =>
              unresolved.whereNull('owner_id').whereNotNull('image_id'),
            )
            .orWhereRaw('?? = ??', ['account_id', 'owner_id']),
        )
        .groupBy('account_id')
        .select(
          'account_id',
          this.knex.raw(
            'sum(case when owner_id is null then 1 else 0 end) as unresolved',
          ),
          this.knex.raw(
            'sum(case when owner_id is null then 0 else 1 end) as self_owned',
          ),
        );
      for (const r of rows) {
        const counts = perAccount.get(r.account_id) ?? noneUncounted();
        counts.unresolved[kind] = Number(r.unresolved);
        counts.selfOwned[kind] = Number(r.self_owned);
        total.unresolved[kind] += Number(r.unresolved);
        total.selfOwned[kind] += Number(r.self_owned);
        perAccount.set(r.account_id, counts);
      }
    }
    return {
      total,
      of: (accountId: string) => perAccount.get(accountId) ?? noneUncounted(),
    };
  }
}
