import { deployedContents, expectedFixture } from '../__fixtures__/snapshots';
import { declarativePolicyDrift, scpDrift } from './drift';

const PUBLISHER = '123456738923';

/** The SCP organizations started from: no creation exemption, and an ec2:Add/group statement. */
const SEED_DESIGN_SCP = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'DenyUnapprovedAmiLaunch',
      Effect: 'Deny',
      Action: 'ec2:RunInstances',
      Resource: 'arn:aws:ec2:*::image/*',
      Condition: {
        StringNotEquals: {
          'ec2:Owner': [
            '123456738923',
            '111122223333',
            '444455556666',
            'aws-marketplace',
          ],
        },
      },
    },
    {
      Sid: 'DenyAmiCreation',
      Effect: 'Deny',
      Action: ['ec2:CreateImage', 'ec2:CopyImage', 'ec2:RegisterImage'],
      Resource: '*',
    },
    {
      Sid: 'DenyPublicAmiSharing',
      Effect: 'Deny',
      Action: 'ec2:ModifyImageAttribute',
      Resource: '*',
      Condition: { StringEquals: { 'ec2:Add/group': 'all' } },
    },
  ],
});

function editedDeclarative(edit: (doc: any) => void): string {
  const doc = JSON.parse(deployedContents().declarativePolicy);
  edit(doc.ec2_attributes);
  return JSON.stringify(doc);
}

describe('declarativePolicyDrift', () => {
  it('finds nothing when the deployed policy is what Git generates', () => {
    const drift = declarativePolicyDrift(
      deployedContents().declarativePolicy,
      expectedFixture(),
    );
    expect(drift).toEqual({
      missing: [],
      extra: [],
      mode: { expected: 'audit_mode', deployed: 'audit_mode', matches: true },
      publicSharing: {
        expected: 'block_new_sharing',
        deployed: 'block_new_sharing',
        matches: true,
      },
      unrestrictedCriteria: [],
      inSync: true,
    });
  });

  it('reports a stale allowlist, another mode and unmanaged public sharing', () => {
    const expected = expectedFixture();
    const stale = deployedContents({
      allowlist: ['111122223333', '555566667777', 'aws-marketplace'],
      settings: {
        ...expected.settings,
        mode: 'enabled',
        blockPublicSharing: false,
      },
    }).declarativePolicy;
    const drift = declarativePolicyDrift(stale, expected);
    expect(drift).toMatchObject({
      missing: [PUBLISHER, '444455556666'],
      extra: ['555566667777'],
      mode: { expected: 'audit_mode', deployed: 'enabled', matches: false },
      publicSharing: {
        expected: 'block_new_sharing',
        deployed: 'unmanaged',
        matches: false,
      },
      inSync: false,
    });
  });

  it('accepts sharing left unmanaged when Git leaves it out', () => {
    const expected = expectedFixture();
    expected.settings.blockPublicSharing = false;
    const content = editedDeclarative(a => delete a.image_block_public_access);
    const drift = declarativePolicyDrift(content, expected);
    expect(drift.publicSharing).toEqual({
      expected: 'unmanaged',
      deployed: 'unmanaged',
      matches: true,
    });
    expect(drift.inSync).toBe(true);
  });

  it('treats a criterion without providers as drift: it allows any publisher', () => {
    const content = editedDeclarative(a => {
      a.allowed_images_settings.image_criteria.criteria_2 = {
        image_names: { '@@assign': ['golden-*'] },
      };
    });
    const drift = declarativePolicyDrift(content, expectedFixture());
    expect(drift.missing).toEqual([]);
    expect(drift.extra).toEqual([]);
    expect(drift.unrestrictedCriteria).toEqual(['criteria_2']);
    expect(drift.inSync).toBe(false);
  });

  it('reports publishers whose AMIs Git narrows (names, ages) though the allowlist is the same', () => {
    const expected = expectedFixture();
    expected.settings = {
      ...expected.settings,
      publisherConstraints: {
        [PUBLISHER]: {
          path: 'ops_publisher_account',
          imageNames: ['acme-golden-*'],
        },
      },
      imageAgeLimits: { maximumDaysSinceCreated: 180 },
    };
    const drift = declarativePolicyDrift(
      deployedContents().declarativePolicy,
      expected,
    );
    expect(drift.missing).toEqual([]);
    expect(drift.extra).toEqual([]);
    expect(drift.criteriaChanges).toEqual([
      {
        providers: ['111122223333', '444455556666', 'aws-marketplace'],
        deployed: 'any image',
        expected: 'created at most 180 days ago',
      },
      {
        providers: [PUBLISHER],
        deployed: 'any image',
        expected: 'image names acme-golden-*, created at most 180 days ago',
      },
    ]);
    expect(drift.inSync).toBe(false);
    // Deployed as Git generates it: in sync again.
    expect(
      declarativePolicyDrift(
        deployedContents(expected).declarativePolicy,
        expected,
      ).inSync,
    ).toBe(true);
  });

  it('says why it cannot read the seed design’s wrapped document', () => {
    const drift = declarativePolicyDrift(
      '{"content":{"ec2":{"allowed_images_settings":{"state":"audit_mode"}}}}',
      expectedFixture(),
    );
    expect(drift).toEqual({
      missing: [],
      extra: [],
      readError: expect.stringContaining('ec2_attributes'),
      inSync: false,
    });
  });
});

describe('scpDrift', () => {
  it('finds nothing when the deployed SCP is what Git generates', () => {
    expect(scpDrift(deployedContents().scp, expectedFixture())).toEqual({
      missing: [],
      extra: [],
      creationGuard: {
        expected: [PUBLISHER],
        deployed: [PUBLISHER],
        matches: true,
      },
      ineffectiveStatements: [],
      inSync: true,
    });
  });

  it('reports a creation guard Git wants but the SCP lacks', () => {
    const expected = expectedFixture();
    const withoutGuard = deployedContents({
      ...expected,
      settings: { ...expected.settings, denyAmiCreation: false },
    }).scp;
    const drift = scpDrift(withoutGuard, expected);
    expect(drift.creationGuard).toEqual({
      expected: [PUBLISHER],
      deployed: null,
      matches: false,
    });
    expect(drift.missing).toEqual([]);
    expect(drift.inSync).toBe(false);
  });

  it('reports a creation guard Git no longer wants', () => {
    const expected = expectedFixture();
    expected.settings.denyAmiCreation = false;
    const drift = scpDrift(deployedContents().scp, expected);
    expect(drift.creationGuard).toEqual({
      expected: null,
      deployed: [PUBLISHER],
      matches: false,
    });
    expect(drift.inSync).toBe(false);
  });

  it('compares build-account exemptions in any order', () => {
    const expected = expectedFixture();
    expected.settings.amiBuildAccounts = [PUBLISHER, '000011112222'];
    const deployed = deployedContents({
      ...expected,
      settings: {
        ...expected.settings,
        amiBuildAccounts: ['000011112222', PUBLISHER],
      },
    }).scp;
    expect(scpDrift(deployed, expected).creationGuard).toEqual({
      expected: ['000011112222', PUBLISHER],
      deployed: ['000011112222', PUBLISHER],
      matches: true,
    });
  });

  it('flags the seed design: no exemption, and an ec2:Add/group statement that never matches', () => {
    const drift = scpDrift(SEED_DESIGN_SCP, expectedFixture());
    expect(drift).toEqual({
      missing: [],
      extra: [],
      creationGuard: { expected: [PUBLISHER], deployed: [], matches: false },
      ineffectiveStatements: [
        expect.stringMatching(
          /^DenyPublicAmiSharing: ec2:Add\/group never matches/,
        ),
      ],
      inSync: false,
    });
  });

  it('says so when the SCP has no launch guard at all', () => {
    const scp = JSON.parse(deployedContents().scp);
    scp.Statement = scp.Statement.slice(1);
    const drift = scpDrift(JSON.stringify(scp), expectedFixture());
    expect(drift).toMatchObject({
      missing: [],
      extra: [],
      launchGuardMissing: true,
      inSync: false,
    });
    expect(drift.creationGuard?.matches).toBe(true);
  });

  it('sets readError for content that is not JSON', () => {
    expect(scpDrift('{"Version":', expectedFixture())).toEqual({
      missing: [],
      extra: [],
      readError: expect.stringContaining('not valid JSON'),
      inSync: false,
    });
  });
});
