import {
  createMockDirectory,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { JsonObject } from '@backstage/config';
import {
  catalogProcessingExtensionPoint,
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
// The real ami-governance backend answers the module here, as it does in a portal.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import amiGovernancePlugin, {
  amiGovernanceClockServiceRef,
} from '@ami-governance/backstage-plugin-ami-governance-backend';
import { resolve } from 'node:path';
import catalogModuleAmiGovernance from '.';
import { ACCOUNT_REFRESH_TASK_ID } from './module';

// The catalog is the only edge mocked: its processing extension point records what the provider
// hands it. The accounts come over HTTP from the real ami-governance backend, reading a snapshot file.
const EXAMPLES = resolve(__dirname, '../../../examples');
const NOW = new Date('2026-11-23T08:00:00Z');
const COLLECT_TASK = 'ami-governance-collect';

async function startBackend(options: {
  snapshot?: string;
  provider?: JsonObject;
}) {
  const scheduler = mockServices.scheduler();
  const providers: EntityProvider[] = [];
  const mutations: { type: string; entities: Entity[] }[] = [];
  const connection: EntityProviderConnection = {
    async applyMutation(mutation) {
      if (mutation.type !== 'full') throw new Error('expected a full mutation');
      mutations.push({
        type: mutation.type,
        entities: mutation.entities.map(e => e.entity),
      });
    },
    async refresh() {},
  };
  await startTestBackend({
    extensionPoints: [
      [
        catalogProcessingExtensionPoint,
        {
          addEntityProvider: (
            ...added: (EntityProvider | EntityProvider[])[]
          ) => providers.push(...added.flat()),
          addProcessor: () => {},
          addPlaceholderResolver: () => {},
          setOnProcessingErrorHandler: () => {},
        },
      ],
    ],
    features: [
      amiGovernancePlugin,
      catalogModuleAmiGovernance,
      // Tasks run when the test triggers them, never on their own.
      createServiceFactory({
        service: coreServices.scheduler,
        deps: {},
        factory: () => scheduler,
      }),
      createServiceFactory({
        service: amiGovernanceClockServiceRef,
        deps: {},
        factory: () => () => NOW,
      }),
      mockServices.rootConfig.factory({
        data: {
          amiGovernance: {
            config: {
              location: `${EXAMPLES}/governance-repo/config/ami_publishers.json`,
            },
            organization: {
              source: 'snapshot',
              ...(options.snapshot && { snapshot: options.snapshot }),
            },
          },
          catalog: { providers: { amiGovernance: options.provider ?? {} } },
        },
      }),
    ],
  });
  for (const provider of providers) await provider.connect(connection);
  return { scheduler, providers, mutations };
}

describe('catalogModuleAmiGovernance', () => {
  it('provides every account of the example organization, owned as its owner tag says', async () => {
    const { scheduler, providers, mutations } = await startBackend({
      snapshot: `${EXAMPLES}/org-snapshot.json`,
      provider: { defaultOwner: 'group:default/platform' },
    });
    expect(providers.map(p => p.getProviderName())).toEqual([
      'ami-governance-accounts',
    ]);
    await scheduler.triggerTask(COLLECT_TASK);
    await scheduler.triggerTask(ACCOUNT_REFRESH_TASK_ID);

    expect(mutations).toHaveLength(1);
    const entities = mutations[0].entities;
    expect(
      entities.map(e => [
        e.metadata.name,
        e.metadata.annotations?.['amazonaws.com/account-id'],
        e.spec?.owner,
      ]),
    ).toEqual([
      ['ami-factory', '123456738923', 'group:default/platform'],
      ['management', '000011112222', 'group:default/platform'],
      ['ml-research', '098765432109', 'group:default/ml-team'],
      ['network-shared', '000033334444', 'group:default/platform'],
      ['orders-prod', '210987654322', 'group:default/app-team-alpha'],
      ['payments-prod', '210987654321', 'group:default/payments-team'],
      ['payments-staging', '310987654321', 'group:default/payments-team'],
      // No owner tag: the configured default owner.
      ['sandbox-experiments', '045678901234', 'group:default/platform'],
    ]);
    expect(entities[0].metadata).toMatchObject({
      description: 'AWS account 123456738923 in Root / Infrastructure',
      annotations: { 'amazonaws.com/organization-id': 'o-exampleorg1' },
    });
  });

  it('reads the owner from the configured tag', async () => {
    const { scheduler, mutations } = await startBackend({
      snapshot: `${EXAMPLES}/org-snapshot.json`,
      provider: { ownerTag: 'environment' },
    });
    await scheduler.triggerTask(COLLECT_TASK);
    await scheduler.triggerTask(ACCOUNT_REFRESH_TASK_ID);
    const owners = new Set(mutations[0].entities.map(e => e.spec?.owner));
    expect([...owners].sort()).toEqual([
      'group:default/non-production',
      'group:default/production',
      'group:default/sandbox',
    ]);
  });

  it('reads an organization of more than one page whole', async () => {
    const mockDir = createMockDirectory();
    const accounts = Array.from({ length: 2345 }, (_, i) => ({
      id: String(100000000000 + i),
      name: `account-${String(i).padStart(4, '0')}`,
      parentId: 'r-big1',
      status: 'ACTIVE',
      tags: { owner: `team-${i % 7}` },
    }));
    mockDir.setContent({
      'snapshot.json': JSON.stringify({
        version: 2,
        collectedAt: '2026-11-23T07:00:00Z',
        organization: { id: 'o-big', managementAccountId: '100000000000' },
        roots: [{ id: 'r-big1', name: 'Root' }],
        organizationalUnits: [],
        accounts,
        policies: { declarativePolicy: null, scp: null },
        errors: [],
      }),
    });
    const { scheduler, mutations } = await startBackend({
      snapshot: mockDir.resolve('snapshot.json'),
    });
    await scheduler.triggerTask(COLLECT_TASK);
    await scheduler.triggerTask(ACCOUNT_REFRESH_TASK_ID);
    const entities = mutations[0].entities;
    expect(entities).toHaveLength(2345);
    expect(new Set(entities.map(e => e.metadata.name)).size).toBe(2345);
    expect(entities[2344].metadata.name).toBe('account-2344');
    expect(entities[2344].spec?.owner).toBe('group:default/team-6'); // 2344 % 7;
  });

  it('leaves the catalog as it is while the backend holds no snapshot', async () => {
    const { scheduler, mutations } = await startBackend({});
    await scheduler.triggerTask(COLLECT_TASK);
    await scheduler.triggerTask(ACCOUNT_REFRESH_TASK_ID);
    expect(mutations).toEqual([]);
  });

  it('refuses to start with a default owner that is no group or user, naming the key', async () => {
    await expect(
      startBackend({ provider: { defaultOwner: 'Platform Team' } }),
    ).rejects.toThrow(
      /catalog\.providers\.amiGovernance\.defaultOwner "Platform Team" is not a group or user/,
    );
  });
});
