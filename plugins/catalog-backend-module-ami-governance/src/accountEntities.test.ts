import { entityEnvelopeSchemaValidator } from '@backstage/catalog-model';
import { accountEntities, OrganizationAccount } from './accountEntities';

const OPTIONS = { ownerTag: 'owner', defaultOwner: 'group:default/platform' };

const account = (
  id: string,
  name: string,
  extra: Partial<OrganizationAccount> = {},
): OrganizationAccount => ({
  id,
  name,
  ou: 'Root / Workloads / Production',
  ...extra,
});

describe('accountEntities', () => {
  it('turns an account into a Resource annotated as Backstage’s AWS catalog module does', () => {
    const { entities } = accountEntities(
      [
        account('210987654321', 'payments-prod', {
          status: 'ACTIVE',
          tags: { owner: 'payments-team', 'cost-center': '42' },
        }),
      ],
      { ...OPTIONS, organizationId: 'o-exampleorg1' },
    );
    expect(entities).toEqual([
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Resource',
        metadata: {
          name: 'payments-prod',
          title: 'payments-prod',
          description:
            'AWS account 210987654321 in Root / Workloads / Production',
          annotations: {
            'backstage.io/managed-by-location': 'ami-governance:organization',
            'backstage.io/managed-by-origin-location':
              'ami-governance:organization',
            'amazonaws.com/account-id': '210987654321',
            'amazonaws.com/organization-id': 'o-exampleorg1',
          },
          labels: { 'amazonaws.com/account-status': 'active' },
        },
        spec: { type: 'aws-account', owner: 'group:default/payments-team' },
      },
    ]);
    expect(() => entityEnvelopeSchemaValidator()(entities[0])).not.toThrow();
  });

  it.each([
    ['a group name', 'payments-team', 'group:default/payments-team'],
    ['a user ref', 'user:default/jane.doe', 'user:default/jane.doe'],
    ['a group ref in another namespace', 'group:ops/sre', 'group:ops/sre'],
    ['a ref with a capitalised kind', 'Group:default/sre', 'group:default/sre'],
    ['no tag', undefined, 'group:default/platform'],
  ])('owner from %s', (_, tag, owner) => {
    const { entities, unusableOwnerTags } = accountEntities(
      [
        account(
          '111111111111',
          'a',
          tag === undefined ? {} : { tags: { owner: tag } },
        ),
      ],
      OPTIONS,
    );
    expect(entities[0].spec.owner).toBe(owner);
    expect(unusableOwnerTags).toEqual([]);
  });

  it.each([
    ['spaces', 'Payments Team'],
    ['another kind', 'component:default/api'],
    ['an empty value', ''],
  ])(
    'falls back to the default owner for a tag with %s, and says which',
    (_, tag) => {
      const { entities, unusableOwnerTags } = accountEntities(
        [account('111111111111', 'a', { tags: { owner: tag } })],
        OPTIONS,
      );
      expect(entities[0].spec.owner).toBe('group:default/platform');
      expect(unusableOwnerTags).toEqual([
        { accountId: '111111111111', value: tag },
      ]);
    },
  );

  it('reads the configured tag, not another', () => {
    const { entities } = accountEntities(
      [account('111111111111', 'a', { tags: { owner: 'x', team: 'ml-team' } })],
      { ...OPTIONS, ownerTag: 'team' },
    );
    expect(entities[0].spec.owner).toBe('group:default/ml-team');
  });

  it('names entities after accounts, with the account ID wherever a name is shared or empty', () => {
    const { entities } = accountEntities(
      [
        account('111111111111', 'Shared Services'),
        account('222222222222', 'shared_services'),
        account('333333333333', 'shared-services'),
        account('444444444444', 'Orders (prod) / EU'),
        account('555555555555', '***'),
        account('666666666666', 'x'.repeat(80)),
      ],
      OPTIONS,
    );
    expect(entities.map(e => [e.metadata.name, e.metadata.title])).toEqual([
      ['shared-services-111111111111', 'Shared Services'],
      ['shared_services', 'shared_services'],
      ['shared-services-333333333333', 'shared-services'],
      ['orders-prod-eu', 'Orders (prod) / EU'],
      ['aws-account-555555555555', '***'],
      ['x'.repeat(63), 'x'.repeat(80)],
    ]);
    for (const entity of entities)
      expect(() => entityEnvelopeSchemaValidator()(entity)).not.toThrow();
  });

  it('leaves the status label out when the snapshot has no status', () => {
    const { entities } = accountEntities(
      [account('111111111111', 'a')],
      OPTIONS,
    );
    expect(entities[0].metadata.labels).toBeUndefined();
    expect(entities[0].metadata.annotations).not.toHaveProperty(
      'amazonaws.com/organization-id',
    );
  });
});
