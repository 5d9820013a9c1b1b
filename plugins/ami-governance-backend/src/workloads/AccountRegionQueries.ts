import { Knex } from 'knex';
import { totalAndRows } from './queryHelpers';
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

/**
 * The SQL behind what the workload API says of account-regions: their Allowed AMIs settings, what
 * could not be read, one account's rows, and member-owned public AMIs. Every query is bounded by an
 * index that leads with the generation (collection_id).
 */
export class AccountRegionQueries {
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
}
