import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { catalogRecipient } from './catalogRecipient';

// The catalog is Backstage's in-memory test catalog holding these entities.
const entity = (kind: string, name: string) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name, namespace: 'default' },
  spec: {},
});

const resolve = catalogRecipient(
  catalogServiceMock({
    entities: [
      entity('User', 'jane.doe'),
      entity('Group', 'payments-team'),
      entity('Group', 'platform'),
    ],
  }),
  mockServices.auth(),
);

describe('catalogRecipient', () => {
  it('finds a user, else a group of that name', async () => {
    expect(await resolve('jane.doe')).toBe('user:default/jane.doe');
    expect(await resolve('payments-team')).toBe('group:default/payments-team');
  });

  it('takes a full entity ref as written', async () => {
    expect(await resolve('group:default/platform')).toBe(
      'group:default/platform',
    );
  });

  it('is undefined for a name the catalog does not have', async () => {
    expect(await resolve('nobody')).toBeUndefined();
    expect(await resolve('group:default/nobody')).toBeUndefined();
  });
});
