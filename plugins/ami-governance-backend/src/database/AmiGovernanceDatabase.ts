import { DatabaseService } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { Clock, systemClock } from '../lib/clock';
import { ExceptionRequestStore } from '../exceptionRequests/ExceptionRequestStore';
import { SnapshotStore } from '../organization/SnapshotStore';
import { WorkloadStore } from '../workloads/WorkloadStore';
import { migratedClient } from './migrate';

type AmiGovernanceDatabaseOptions = {
  /** Snapshots kept, for "drifted since" (`organization.historySize`). */
  historySize: number;
  clock?: Clock;
};

/**
 * The plugin's one database: the client is taken from `coreServices.database` and migrated once, and
 * every store shares it, so no store runs the migrations on its own.
 */
export class AmiGovernanceDatabase {
  static async create(
    database: DatabaseService,
    options: AmiGovernanceDatabaseOptions,
  ): Promise<AmiGovernanceDatabase> {
    return new AmiGovernanceDatabase(await migratedClient(database), options);
  }

  /** A test database (from TestDatabases) with the plugin's tables; history defaults to 200. */
  static async forTests(
    knex: Knex,
    options: Partial<AmiGovernanceDatabaseOptions> = {},
  ): Promise<AmiGovernanceDatabase> {
    return AmiGovernanceDatabase.create(
      { getClient: async () => knex },
      { historySize: 200, ...options },
    );
  }

  readonly snapshots: SnapshotStore;
  readonly workloads: WorkloadStore;
  readonly exceptionRequests: ExceptionRequestStore;

  private constructor(
    /** For the notifiers' tables (expiry and platform notices), which have no store of their own. */
    readonly knex: Knex,
    options: AmiGovernanceDatabaseOptions,
  ) {
    const clock = options.clock ?? systemClock;
    this.snapshots = new SnapshotStore(knex, options.historySize, clock);
    this.workloads = new WorkloadStore(knex, clock);
    this.exceptionRequests = new ExceptionRequestStore(knex, clock);
  }
}
