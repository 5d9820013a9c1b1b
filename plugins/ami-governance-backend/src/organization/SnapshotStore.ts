import {
  DriftVerdict,
  OrganizationSnapshot,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { Knex } from 'knex';
import { Clock, systemClock } from '../lib/clock';

const TABLE = 'ami_governance_snapshots';

export interface StoredSnapshotMeta {
  id: number;
  collectedAt: string;
  receivedAt: string;
  source: string;
  accountCount: number;
  verdict: DriftVerdict;
  driftFingerprint: string;
}

export interface StoredSnapshot extends StoredSnapshotMeta {
  snapshot: OrganizationSnapshot;
}

type Row = {
  id: number;
  collected_at: string;
  received_at: string;
  source: string;
  account_count: number;
  verdict: string;
  drift_fingerprint: string;
};

const META_COLUMNS = [
  'id',
  'collected_at',
  'received_at',
  'source',
  'account_count',
  'verdict',
  'drift_fingerprint',
];

function toMeta(row: Row): StoredSnapshotMeta {
  return {
    id: Number(row.id),
    collectedAt: row.collected_at,
    receivedAt: row.received_at,
    source: row.source,
    accountCount: Number(row.account_count),
    verdict: row.verdict as DriftVerdict,
    driftFingerprint: row.drift_fingerprint,
  };
}

/** Snapshots in the plugin's database (SQLite or PostgreSQL), bounded to the newest `historySize`. */
export class SnapshotStore {
  constructor(
    private readonly knex: Knex,
    private readonly historySize: number,
    private readonly clock: Clock = systemClock,
  ) {}

  /**
   * Runs `work` in one transaction of this store's database (the workload tables' too): what it
   * stores commits together or not at all.
   */
  transaction<T>(work: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
    return this.knex.transaction(work);
  }

  /** This store writing within `trx`. */
  within(trx: Knex.Transaction): SnapshotStore {
    return new SnapshotStore(trx, this.historySize, this.clock);
  }

  async add(
    snapshot: OrganizationSnapshot,
    source: string,
    summary: { verdict: DriftVerdict; driftFingerprint: string },
  ): Promise<StoredSnapshotMeta> {
    const row = {
      collected_at: snapshot.collectedAt,
      received_at: this.clock().toISOString(),
      source,
      account_count: snapshot.accounts.length,
      verdict: summary.verdict,
      drift_fingerprint: summary.driftFingerprint,
      content: JSON.stringify(snapshot),
    };
    const [inserted] = await this.knex(TABLE).insert(row, ['id']);
    const id = typeof inserted === 'object' ? inserted.id : inserted;
    await this.prune();
    return toMeta({ ...row, id } as Row);
  }

  /** The newest snapshot's metadata: a cheap query, to know whether a cached status is current. */
  async latestMeta(): Promise<StoredSnapshotMeta | undefined> {
    const row = (await this.knex(TABLE)
      .select(META_COLUMNS)
      .orderBy('id', 'desc')
      .first()) as Row | undefined;
    return row ? toMeta(row) : undefined;
  }

  async get(id: number): Promise<StoredSnapshot | undefined> {
    const row = await this.knex(TABLE).where({ id }).first();
    return row
      ? { ...toMeta(row), snapshot: JSON.parse(row.content) }
      : undefined;
  }

  /** The newest collection time stored from one source, to avoid storing the same file twice. */
  async latestCollectedAt(source: string): Promise<string | undefined> {
    const row = await this.knex<Row>(TABLE)
      .where({ source })
      .orderBy('id', 'desc')
      .first('collected_at');
    return row?.collected_at;
  }

  /** Metadata of stored snapshots, newest first. */
  async history(): Promise<StoredSnapshotMeta[]> {
    const rows = (await this.knex(TABLE)
      .select(META_COLUMNS)
      .orderBy('id', 'desc')
      .limit(this.historySize)) as Row[];
    return rows.map(toMeta);
  }

  private async prune() {
    const keep = this.knex(TABLE)
      .select('id')
      .orderBy('id', 'desc')
      .limit(this.historySize);
    // Wrapped in a derived table because MySQL refuses LIMIT inside IN subqueries.
    await this.knex(TABLE)
      .whereNotIn('id', this.knex.select('id').from(keep.as('keep')))
      .delete();
  }
}
