import { accountIds } from '../__fixtures__/configs';
import { compareAllowlists } from './compareAllowlists';
import { buildPolicyDocuments } from './generatePolicies';
import { readDeclarativePolicy } from './readDeclarativePolicy';
import { readScp } from './readScp';

const settings = {
  mode: 'enabled' as const,
  blockPublicSharing: true,
  denyAmiCreation: true,
  amiBuildAccounts: ['123456738923'],
};

describe('readDeclarativePolicy', () => {
  it('reads back what the generator writes, across criteria and alias spellings', () => {
    const providers = [...accountIds(250), 'aws-marketplace'];
    const built = buildPolicyDocuments(providers, settings, {
      declarativePolicyMaxChars: 1e5,
      scpMaxChars: 1e5,
    });
    if (!built.ok) throw new Error('refused');
    const read = readDeclarativePolicy(built.declarativePolicy.compact);
    expect(read).toEqual({
      ok: true,
      policy: expect.objectContaining({
        mode: 'enabled',
        providers,
        criteriaCount: 2,
        criteriaWithoutProviders: [],
        imageBlockPublicAccess: 'block_new_sharing',
        stateLockedForChildren: true,
      }),
    });
  });

  it('reads an effective policy written without operators and with EC2 API spellings', () => {
    const effective = {
      ec2_attributes: {
        allowed_images_settings: {
          state: 'audit-mode',
          image_criteria: {
            criteria_1: {
              allowed_image_providers: ['111122223333', 'aws_marketplace'],
            },
            criteria_2: { image_names: ['golden-*'] },
          },
        },
        image_block_public_access: { state: 'unblocked' },
      },
    };
    const read = readDeclarativePolicy(JSON.stringify(effective));
    expect(read.ok && read.policy).toEqual({
      mode: 'audit_mode',
      providers: ['111122223333', 'aws-marketplace'],
      criteriaCount: 2,
      criteria: [
        {
          name: 'criteria_1',
          providers: ['111122223333', 'aws-marketplace'],
        },
        { name: 'criteria_2', imageNames: ['golden-*'] },
      ],
      criteriaWithoutProviders: ['criteria_2'],
      imageBlockPublicAccess: 'unblocked',
      exceptionMessage: undefined,
      stateLockedForChildren: false,
    });
  });

  it('says why it cannot read a document', () => {
    expect(readDeclarativePolicy('{"content": {"ec2": {}}}')).toEqual({
      ok: false,
      error: expect.stringContaining('no "ec2_attributes"'),
    });
    expect(readDeclarativePolicy('{oops')).toEqual({
      ok: false,
      error: expect.stringContaining('not valid JSON'),
    });
    expect(readDeclarativePolicy('[]')).toEqual({
      ok: false,
      error: expect.stringContaining('must be a JSON object'),
    });
  });
});

describe('readScp', () => {
  it('reads the launch guard and the creation guard the generator writes', () => {
    const built = buildPolicyDocuments(['111122223333', 'amazon'], settings);
    if (!built.ok) throw new Error('refused');
    const read = readScp(built.scp.compact);
    expect(read.ok && read.policy.launchGuard?.providers).toEqual([
      '111122223333',
      'amazon',
    ]);
    expect(read.ok && read.policy.creationGuard?.exemptAccounts).toEqual([
      '123456738923',
    ]);
    expect(read.ok && read.policy.ineffectiveStatements).toEqual([]);
  });

  it("flags the seed design's ec2:Add/group statement and finds guards written loosely", () => {
    const seedDesign = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Deny',
          Action: 'ec2:RunInstances',
          Resource: '*',
          Condition: { StringNotEquals: { 'EC2:owner': '111122223333' } },
        },
        { Effect: 'Deny', Action: 'ec2:CreateImage', Resource: '*' },
        {
          Sid: 'DenyPublicAmiSharing',
          Effect: 'Deny',
          Action: ['ec2:ModifyImageAttribute'],
          Resource: '*',
          Condition: { StringEquals: { 'ec2:Add/group': 'all' } },
        },
      ],
    };
    const read = readScp(seedDesign);
    expect(read.ok && read.policy).toEqual({
      launchGuard: {
        sid: undefined,
        providers: ['111122223333'],
        actions: ['ec2:runinstances'],
        resources: ['*'],
      },
      creationGuard: {
        sid: undefined,
        actions: ['ec2:createimage'],
        exemptAccounts: [],
      },
      ineffectiveStatements: [
        {
          sid: 'DenyPublicAmiSharing',
          reason: expect.stringContaining('never matches'),
        },
      ],
    });
  });

  it('finds no guard in an unrelated SCP', () => {
    const read = readScp({
      Version: '2012-10-17',
      Statement: { Effect: 'Deny', Action: 's3:*', Resource: '*' },
    });
    expect(read.ok && read.policy).toEqual({ ineffectiveStatements: [] });
  });
});

describe('compareAllowlists', () => {
  it('lists what AWS lacks and what it still allows, whatever the alias spelling', () => {
    expect(
      compareAllowlists(
        ['111122223333', 'aws-marketplace', '222233334444'],
        ['aws_marketplace', '111122223333', '999988887777'],
      ),
    ).toEqual({
      missing: ['222233334444'],
      extra: ['999988887777'],
      inSync: false,
    });
    expect(compareAllowlists(['amazon'], ['amazon', 'amazon']).inSync).toBe(
      true,
    );
  });
});
