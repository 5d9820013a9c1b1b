import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

const migrationsDir = resolvePackagePath(
  '@ami-governance/backstage-plugin-ami-governance-backend',
  'migrations',
);

/**
 * The plugin's database client with its migrations applied (idempotent, safe across replicas), unless
 * the deployment runs migrations itself (`database.migrations.skip`, as for every Backstage plugin).
 */
export async function migratedClient(database: DatabaseService): Promise<Knex> {
  const knex = await database.getClient();
  if (!database.migrations?.skip) {
    await knex.migrate.latest({
      directory: migrationsDir,
      tableName: 'ami_governance_knex_migrations',
    });
  }
  return knex;
}
