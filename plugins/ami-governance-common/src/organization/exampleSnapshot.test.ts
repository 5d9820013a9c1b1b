import { readFileSync } from 'fs';
import { resolve } from 'path';
import { EXAMPLE_DIFFERING_ACCOUNT } from '../__testUtils__/exampleOrganization';
import { parseGovernanceConfig } from '../config/parseConfig';
import { buildPolicyDocuments } from '../policies/generatePolicies';
import { listPublishers } from '../config/publishers';
import { unresolvedWorkloads, workloadsOf } from '../workloads/fromSnapshot';
import { evaluateAllowedImages } from '../workloads/imageAllowed';
import {
  criteriaFromDeclarativePolicy,
  criteriaFromEc2Api,
} from '../workloads/imageCriteria';
import { criteriaFromConfig, newlyBlocked } from '../workloads/impact';
import { regionSettingProblems } from '../workloads/regionSettings';
import { expectedPoliciesOf } from './expectedPolicies';
import { computeOrganizationStatus } from './organizationStatus';
import { organizationSnapshotSchema } from './snapshotSchema';

// The example files the docs and the portal's demo use: keep them telling the same story as the code.
const repoRoot = resolve(__dirname, '../../../..');
const readJson = (path: string) =>
  JSON.parse(readFileSync(resolve(repoRoot, path), 'utf8'));

function loadExample() {
  const config = parseGovernanceConfig(
    readJson('examples/governance-repo/config/ami_publishers.json'),
  );
  if (!config.ok) throw new Error('the example config is invalid');
  const snapshot = organizationSnapshotSchema.parse(
    readJson('examples/org-snapshot.json'),
  );
  return {
    config: config.config,
    snapshot,
    expected: expectedPoliciesOf(config.config, '2026-11-23'),
  };
}

describe('examples/org-snapshot.json', () => {
  const { snapshot, expected } = loadExample();
  const status = computeOrganizationStatus(snapshot, expected, {
    now: new Date('2026-11-23T08:00:00Z'),
    staleAfterMs: 48 * 3_600_000,
  });
  const { declarativePolicy, scp } = status.policies;

  it('is a drifted organization of 8 accounts, freshly collected', () => {
    expect(status).toMatchObject({
      verdict: 'drifted',
      stale: false,
      totalAccounts: 8,
      managementAccountId: '000011112222',
      collectionErrors: [],
    });
  });

  it('misses the merged exception and still allows the expired one, in both policies', () => {
    for (const policy of [declarativePolicy, scp]) {
      expect(policy.deployed).toBe(true);
      expect(policy.drift).toMatchObject({
        missing: ['777788889999'],
        extra: ['555566667777'],
        inSync: false,
      });
    }
    expect(declarativePolicy.drift).toMatchObject({
      mode: { matches: true },
      publicSharing: { matches: true },
      unrestrictedCriteria: [],
    });
    expect(scp.drift).toMatchObject({
      creationGuard: { matches: true },
      ineffectiveStatements: [],
    });
  });

  it('deploys exactly what the generator wrote before the last merge', () => {
    const previous = expected.allowlist
      .filter(p => p !== '777788889999')
      .concat('555566667777')
      .sort();
    const built = buildPolicyDocuments(previous, expected.settings);
    if (!built.ok) throw new Error('refused');
    expect(snapshot.policies.declarativePolicy?.content).toBe(
      built.declarativePolicy.compact,
    );
    expect(snapshot.policies.scp?.content).toBe(built.scp.compact);
  });

  it('has the SCP at the root, never governing the management account', () => {
    expect(scp.attachments).toEqual([
      { targetId: 'r-ex01', name: 'Root', type: 'ROOT' },
    ]);
    expect(scp.coverage).toMatchObject({
      governedCount: 7,
      ungoverned: [],
      managementAccount: { id: '000011112222', governed: false },
    });
  });

  it('leaves one account outside the declarative policy', () => {
    expect(declarativePolicy.coverage).toMatchObject({
      governedCount: 7,
      ungoverned: [{ id: '045678901234', name: 'sandbox-experiments' }],
      managementAccount: { governed: true },
    });
    expect(declarativePolicy.compliance?.unknown).toEqual([
      expect.objectContaining({ id: '045678901234' }),
    ]);
  });

  it('has one account whose effective policy differs from the deployed policy', () => {
    const compliance = declarativePolicy.compliance!;
    // Drift reports the deployed policy against Git; compliance singles out the account whose
    // effective policy differs from what is deployed (an account-level policy adds a provider).
    expect(compliance.comparedWith).toBe('deployed');
    expect(compliance.differing).toEqual([EXAMPLE_DIFFERING_ACCOUNT]);
    expect(compliance.matching).toHaveLength(6);
  });
});

describe('examples/org-snapshot.json workloads (format 2)', () => {
  const { config, snapshot } = loadExample();
  const TODAY = '2026-11-23';
  const now = new Date(`${TODAY}T08:00:00Z`);
  const reports = snapshot.workloads?.accounts ?? [];
  const regions = reports.flatMap(a =>
    a.regions.map(r => ({ accountId: a.accountId, ...r })),
  );
  const instances = regions.flatMap(r =>
    r.instances.map(i => ({ ...i, accountId: r.accountId, region: r })),
  );
  const templates = regions.flatMap(r =>
    r.launchTemplates.map(t => ({ ...t, accountId: r.accountId })),
  );
  const publishers = listPublishers(config, TODAY);
  const expiring = publishers
    .filter(p => p.exception?.status.state === 'expiring')
    .map(p => p.provider);
  const listed = new Set(publishers.map(p => p.provider));
  const deployedCriteria = criteriaFromDeclarativePolicy(
    JSON.parse(snapshot.policies.declarativePolicy!.content).ec2_attributes
      .allowed_images_settings.image_criteria,
  );

  it('is format 2 with a report for every account of the organization', () => {
    expect(snapshot.version).toBe(2);
    expect(reports.map(a => a.accountId).sort()).toEqual(
      snapshot.accounts.map(a => a.id).sort(),
    );
    expect(instances.length).toBeGreaterThanOrEqual(15);
    expect(instances.length).toBeLessThanOrEqual(25);
  });

  it('shows every case the portal explains', () => {
    expect(expiring).toEqual(['222233334444']);
    // An instance and a launch template on the expiring exception's AMIs.
    expect(instances.some(i => expiring.includes(i.image.ownerId!))).toBe(true);
    expect(templates.some(t => expiring.includes(t.image?.ownerId ?? ''))).toBe(
      true,
    );
    // An audit-mode violation: an outside publisher's AMI that AWS recorded as not allowed.
    expect(
      instances.filter(
        i =>
          i.image.imageAllowed === false &&
          !listed.has(i.image.ownerId!) &&
          i.region.allowedImages?.state === 'audit-mode',
      ),
    ).toHaveLength(1);
    // An AMI the launching account owns.
    expect(instances.some(i => i.image.ownerId === i.accountId)).toBe(true);
    // An account-region where the account itself keeps Allowed AMIs disabled.
    expect(
      regions.some(
        r =>
          r.allowedImages?.state === 'disabled' &&
          r.allowedImages.managedBy === 'account',
      ),
    ).toBe(true);
    // Not visible: an account whose role could not be assumed, a region that refused.
    expect(reports.filter(a => a.error).map(a => a.error!.code)).toEqual([
      'AccessDenied',
    ]);
    expect(regions.filter(r => r.error).map(r => r.error!.code)).toEqual([
      'OptInRequired',
    ]);
    // A public AMI owned by a member account (block_new_sharing left it public).
    expect(regions.filter(r => r.publicImages.length > 0)).toHaveLength(1);
    // An instance whose AMI owner could not be resolved.
    expect(unresolvedWorkloads(reports)).toEqual({
      instances: 1,
      launchTemplates: 0,
    });
  });

  it('never dates an observation after the collection', () => {
    const latest = Date.parse(snapshot.collectedAt);
    const times = [
      ...reports.map(a => a.collectedAt),
      ...instances.flatMap(i => [i.launchTime, i.image.creationDate]),
      ...templates.map(t => t.image?.creationDate),
      ...regions.flatMap(r => r.publicImages.map(p => p.creationDate)),
    ].filter((t): t is string => t !== undefined);
    expect(times.filter(t => Date.parse(t) > latest)).toEqual([]);
  });

  it("records AWS's own verdict as Allowed AMIs gives it under each region's setting", () => {
    for (const i of instances) {
      const setting = i.region.allowedImages;
      if (!i.image.ownerId || !setting || setting.state === 'disabled')
        continue;
      const verdict = evaluateAllowedImages(
        { ...i.image, ownerId: i.image.ownerId },
        criteriaFromEc2Api(setting.imageCriteria),
        i.accountId,
        now,
      );
      expect({ id: i.instanceId, allowed: i.image.imageAllowed }).toEqual({
        id: i.instanceId,
        allowed: verdict.allowed,
      });
    }
  });

  it('has settings that follow the deployed policy but in orders-prod and the ungoverned sandbox', () => {
    const problems = regions
      .filter(r => r.allowedImages)
      .map(r => [
        r.accountId,
        r.region,
        regionSettingProblems(
          {
            accountId: r.accountId,
            region: r.region,
            state: r.allowedImages!.state,
            managedBy: r.allowedImages!.managedBy,
            criteria: criteriaFromEc2Api(r.allowedImages!.imageCriteria),
          },
          'audit_mode',
          deployedCriteria,
        ),
      ])
      .filter(([, , p]) => p.length > 0);
    expect(problems).toEqual([
      ['210987654322', 'us-east-1', ['other-criteria']],
      [
        '045678901234',
        'us-east-1',
        ['not-managed-by-policy', 'other-state', 'other-criteria'],
      ],
      [
        '045678901234',
        'eu-central-2',
        ['not-managed-by-policy', 'other-state', 'other-criteria'],
      ],
    ]);
  });

  it('tells the impact story: Git drops the expired exception today and the expiring one after its date', () => {
    const blockedOn = (on: string) =>
      newlyBlocked(
        workloadsOf(reports),
        criteriaFromConfig(config, on)!,
        deployedCriteria,
        new Date(`${on}T00:00:00Z`),
      ).map(g => [g.publisher, g.instances, g.launchTemplates, g.accounts]);
    expect(blockedOn(TODAY)).toEqual([
      ['555566667777', 2, 1, ['210987654321']],
    ]);
    expect(blockedOn('2026-12-02')).toEqual([
      ['222233334444', 2, 1, ['098765432109']],
      ['555566667777', 2, 1, ['210987654321']],
    ]);
  });
});
