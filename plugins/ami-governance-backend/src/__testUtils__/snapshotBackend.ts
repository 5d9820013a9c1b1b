import { authServiceFactory } from '@backstage/backend-defaults/auth';
import { httpAuthServiceFactory } from '@backstage/backend-defaults/httpAuth';
import { permissionsServiceFactory } from '@backstage/backend-defaults/permissions';
import {
  mockServices,
  startTestBackend,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import type { BackendFeature } from '@backstage/backend-plugin-api';
import type { JsonObject } from '@backstage/types';
import type { Knex } from 'knex';
import { amiGovernancePlugin } from '../plugin';
import { clockFactory, configAsOfTestDay, writeTempFile } from './fixtures';

/**
 * The plugin on a real database, reading a snapshot file (or none) and configAsOfTestDay(), with more
 * features and top-level config when a test needs them.
 */
export async function startWithSnapshot(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
  snapshot: object | null,
  extra: {
    features?: BackendFeature[];
    config?: JsonObject;
    /** Another client of the same database (e.g. through a proxy a test can cut). */
    knex?: (database: Knex) => Knex;
    /** The plugin's clock, when a test moves it. */
    clock?: () => Date;
  } = {},
) {
  const database = await databases.init(databaseId);
  const knex = extra.knex?.(database) ?? database;
  const { server } = await startTestBackend({
    features: [
      amiGovernancePlugin,
      ...(extra.features ?? []),
      clockFactory(extra.clock),
      mockServices.database.factory({ knex }),
      mockServices.rootConfig.factory({
        data: {
          ...extra.config,
          amiGovernance: {
            ...(extra.config?.amiGovernance as JsonObject | undefined),
            config: { location: writeTempFile(configAsOfTestDay()) },
            organization: {
              source: 'snapshot',
              ...(snapshot && {
                snapshot: writeTempFile(snapshot, 'org-snapshot.json'),
              }),
            },
          },
        },
      }),
    ],
  });
  return server;
}

/**
 * The plugin behind Backstage's real auth, HTTP auth and permissions services, with the static
 * tokens (`backend.auth.externalAccess` entries) an administrator would configure, reading
 * configAsOfTestDay() and `amiGovernance` settings beside it.
 */
export async function startBehindRealAuth(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
  externalAccess: JsonObject[],
  amiGovernance: JsonObject = {},
) {
  const knex = await databases.init(databaseId);
  const { server } = await startTestBackend({
    features: [
      amiGovernancePlugin,
      clockFactory(),
      authServiceFactory,
      httpAuthServiceFactory,
      permissionsServiceFactory,
      mockServices.database.factory({ knex }),
      mockServices.rootConfig.factory({
        data: {
          backend: { auth: { externalAccess } },
          amiGovernance: {
            ...amiGovernance,
            config: { location: writeTempFile(configAsOfTestDay()) },
          },
        },
      }),
    ],
  });
  return server;
}
