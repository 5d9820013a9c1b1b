import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { catalogRecipient } from './catalogRecipient';

// The catalog is Backstage's in-memory test catalog holding these entities, with the relations the
// catalog's processors would have written.
const entity = (
  kind: string,
  name: string,
  relations: { type: string; targetRef: string }[] = [],
) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name, namespace: 'default' },
  spec: {},
  relations,
});

const resolve = catalogRecipient(
  catalogServiceMock({
    entities: [
      entity('User', 'jane.doe'),
      entity('Group', 'payments-team', [
        { type: 'hasMember', targetRef: 'user:default/jane.doe' },
      ]),
      entity('Group', 'platform', [
        { type: 'parentOf', targetRef: 'group:default/payments-team' },
      ]),
      entity('Group', 'empty-team'),
    ],
  }),
  mockServices.auth(),
);

describe('catalogRecipient', () => {
  it('finds a user, else a group of that name', async () => {
    expect(await resolve('jane.doe')).toEqual({
      entityRef: 'user:default/jane.doe',
      users: 1,
    });
    expect(await resolve('payments-team')).toEqual({
      entityRef: 'group:default/payments-team',
      users: 1,
    });
  });

  it('takes a full entity ref as written, and reaches a group through its child groups', async () => {
    expect(await resolve('group:default/platform')).toEqual({
      entityRef: 'group:default/platform',
      users: 1,
    });
  });

  it('says when a group reaches nobody', async () => {
    expect(await resolve('empty-team')).toEqual({
      entityRef: 'group:default/empty-team',
      users: 0,
    });
  });

  it('is undefined for a name the catalog does not have', async () => {
    expect(await resolve('nobody')).toBeUndefined();
    expect(await resolve('group:default/nobody')).toBeUndefined();
  });

  it('refuses a malformed ref, saying how to write one', async () => {
    await expect(resolve('user:default/')).rejects.toThrow(
      'requested_by "user:default/" is not a catalog entity ref: write kind:namespace/name (user:default/jane.doe, group:default/payments) or just a user or group name (payments)',
    );
  });
});
