import {
  mockCredentials,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import request from 'supertest';
import { parseGovernanceConfig } from '@ami-governance/backstage-plugin-ami-governance-common';
import { AmiGovernanceDatabase } from '../database/AmiGovernanceDatabase';
import {
  configAsOfTestDay,
  exampleSnapshot,
  TEST_NOW,
} from '../__testUtils__/fixtures';
import { provenanceAnswer } from './lineageAnswers';
import { expectMatchesSpec } from '../__testUtils__/schemaCheck';
import { startWithSnapshot } from '../__testUtils__/snapshotBackend';
import {
  ACCOUNTS,
  OWNERS,
  workloadSnapshot,
} from '../__testUtils__/workloadFixtures';

jest.setTimeout(60_000);

const API = '/api/ami-governance';
const user = mockCredentials.user.header();

// Real databases: SQLite always, PostgreSQL when the environment names a server.
const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

/**
 * The workload fixtures with lineage: the ops AMI is a us-east-1 copy of a golden root in eu-west-1;
 * payments-prod's own AMI is built on the ops AMI; the outside publisher's AMI descends from a
 * community AMI hidden from the collector.
 */
function snapshotWithLineage() {
  const snapshot = workloadSnapshot();
  const prod = snapshot.workloads.accounts.find(
    a => a.accountId === ACCOUNTS.prod,
  )!;
  const east = prod.regions.find(r => r.region === 'us-east-1')!;
  const golden = {
    imageId: 'ami-golden',
    region: 'eu-west-1',
    visible: true,
    ownerId: OWNERS.ops,
  };
  (east as any).lineage = [
    {
      imageId: 'ami-ops',
      ownerId: OWNERS.ops,
      tags: { Owner: 'platform' },
      snapshotsEncrypted: true,
      isPublic: false,
      creationDate: '2026-01-01T00:00:00Z',
      ancestry: [golden],
    },
    {
      imageId: 'ami-own',
      tags: { Team: 'payments' },
      ownerId: ACCOUNTS.prod,
      isPublic: false,
      ancestry: [
        {
          imageId: 'ami-ops',
          region: 'us-east-1',
          visible: true,
          ownerId: OWNERS.ops,
        },
        golden,
      ],
    },
  ];
  const west = prod.regions.find(r => r.region === 'eu-west-1')!;
  (west as any).lineage = [
    {
      imageId: 'ami-outside',
      ownerId: OWNERS.outside,
      ancestry: [
        { imageId: 'ami-community', region: 'eu-west-1', visible: false },
      ],
    },
  ];
  return snapshot;
}

/** One account's report holding only lineage: `images` as one region's collection saw them. */
const lineageReport = (
  accountId: string,
  collectedAt: string,
  images: object[],
  region: {
    region?: string;
    goldenCatalogRead?: boolean;
    error?: { code: string; message: string };
  } = {},
) => ({
  accountId,
  collectedAt,
  regions: [
    {
      region: 'us-east-1',
      instances: [],
      launchTemplates: [],
      publicImages: [],
      ...region,
      lineage: images as any[],
    },
  ],
});

const get = async (server: any, path: string, status = 200) => {
  const res = await request(server)
    .get(`${API}${path}`)
    .set('Authorization', user);
  expect({
    path,
    status: res.status,
    body: status === 200 ? undefined : res.body,
  }).toMatchObject({ path, status });
  return res.body;
};

describe.each(databases.eachSupportedId())(
  'lineage on %p',
  (databaseId: TestDatabaseId) => {
    it('answers an AMI: chain across regions, provenance beside the allowlist, usage, timeline', async () => {
      const server = await startWithSnapshot(
        databases,
        databaseId,
        snapshotWithLineage(),
      );
      const own = await get(server, '/images/ami-own');
      expectMatchesSpec('/images/{imageId}', 'get', 200, own);
      expect(own.chain.end).toBe('root');
      expect(own.chain.links.map((l: any) => [l.imageId, l.region])).toEqual([
        ['ami-own', 'us-east-1'],
        ['ami-ops', 'us-east-1'],
        ['ami-golden', 'eu-west-1'],
      ]);
      expect(own.provenance).toBe('golden-derived');
      expect(own.allowlist).toMatchObject({ status: 'not-allowed' });
      expect(own.allowlist.reason).toMatch(/is on no entry of the allowlist/);
      expect(own.usage).toEqual({ instances: 1, launchTemplates: 0 });
      expect(own.timeline.map((e: any) => e.kind)).toEqual(['first-seen']);

      const ops = await get(server, '/images/ami-ops');
      expect(ops).toMatchObject({
        provenance: 'golden',
        allowlist: { status: 'allowed', category: 'ops' },
        criteria: { status: 'allowed', criterion: 'criteria_1' },
      });

      const outside = await get(server, '/images/ami-outside');
      expect(outside.chain).toMatchObject({ end: 'not-visible' });
      expect(outside.provenance).toBe('unknown');
      // An ancestor nobody can see has no known owner: its standing is unknown, never "not allowed".
      expect(outside.chain.links.at(-1)).toMatchObject({
        visible: false,
        allowlist: { status: 'unknown' },
      });

      await get(server, '/images/ami-nowhere', 404);
      await get(server, '/images/not-an-ami', 400);
    });

    it('gives the scope of impact of a root, paged with totals', async () => {
      const snapshot = snapshotWithLineage();
      // The same ID in another region is another AMI (EC2 makes IDs per region): never in scope.
      const west = snapshot.workloads.accounts[0].regions.find(
        r => r.region === 'eu-west-1',
      )!;
      west.instances.push({
        ...west.instances[0],
        instanceId: 'i-same-id-other-region',
        image: { ...west.instances[0].image, imageId: 'ami-ops' },
      });
      const server = await startWithSnapshot(databases, databaseId, snapshot);
      const scope = await get(server, '/images/ami-golden/descendants?limit=2');
      expectMatchesSpec('/images/{imageId}/descendants', 'get', 200, scope);
      expect(scope.descendants).toEqual(['ami-ops', 'ami-own']);
      expect(scope.totals).toMatchObject({ images: 3, accounts: 2 });
      expect(scope.total).toBe(
        scope.totals.instances + scope.totals.launchTemplates,
      );
      expect(scope.items).toHaveLength(2);
      const rest = await get(
        server,
        '/images/ami-golden/descendants?offset=2&limit=100',
      );
      const all = [...scope.items, ...rest.items].map(
        (w: any) => `${w.accountId}/${w.id}`,
      );
      expect(all).toEqual(
        expect.arrayContaining([
          `${ACCOUNTS.prod}/i-a1`,
          `${ACCOUNTS.prod}/i-a4`,
          `${ACCOUNTS.dev}/i-b3`,
        ]),
      );
      expect(all).toHaveLength(scope.total);
      expect(all.some(w => w.endsWith('i-same-id-other-region'))).toBe(false);
      const own = await get(server, '/images/ami-ops');
      expect(own.usage).toEqual({ instances: 2, launchTemplates: 0 });
    });

    it('counts workloads by provenance per account, the accounts on foreign or unknown images first', async () => {
      const server = await startWithSnapshot(
        databases,
        databaseId,
        snapshotWithLineage(),
      );
      const body = await get(server, '/provenance');
      expectMatchesSpec('/provenance', 'get', 200, body);
      expect(body.items[0].accountId).toBe(ACCOUNTS.prod);
      expect(body.organization.golden.instances).toBe(2);
      expect(body.organization['golden-derived'].instances).toBe(1);
      // Each account lists the AMIs it runs, the unknown ones before the golden ones.
      const prod = body.items[0];
      expect(prod.imageCount).toBe(prod.images.length);
      expect(prod.images[0].provenance).toBe('unknown');
      expect(prod.images).toContainEqual({
        imageId: 'ami-own',
        provenance: 'golden-derived',
        failsCompliance: false,
        instances: 1,
        launchTemplates: 0,
      });
      expect(prod.images.at(-1).provenance).toBe('golden');
      const golden = await get(
        server,
        `/provenance?provenance=golden&account=${ACCOUNTS.dev}`,
      );
      expect(golden.items.map((i: any) => i.accountId)).toEqual([ACCOUNTS.dev]);
    });

    it('cuts a cycle in the stored graph cleanly, in both directions', async () => {
      const knex = await databases.init(databaseId);
      const db = await AmiGovernanceDatabase.forTests(knex);
      await db.lineage.record(
        lineageReport(ACCOUNTS.prod, '2026-11-01T00:00:00Z', [
          { imageId: 'ami-a', ownerId: OWNERS.ops, sourceImageId: 'ami-b' },
          { imageId: 'ami-b', ownerId: OWNERS.ops, sourceImageId: 'ami-a' },
        ]),
        1,
      );
      const chain = await db.lineage.chain('ami-a');
      expect(chain.end).toBe('cycle');
      expect(await db.lineage.descendantIds('ami-a')).toEqual(['ami-b']);
    });

    it('keeps a timeline across collections: deprecated, made public, provenance changed', async () => {
      const knex = await databases.init(databaseId);
      const db = await AmiGovernanceDatabase.forTests(knex);
      const report = (collectedAt: string, image: object) =>
        lineageReport(ACCOUNTS.prod, collectedAt, [image]);
      await db.lineage.record(
        report('2026-11-01T00:00:00Z', {
          imageId: 'ami-t',
          isPublic: false,
          ancestry: [{ imageId: 'ami-p', visible: false }],
        }),
        1,
      );
      await db.lineage.record(
        report('2026-11-02T00:00:00Z', {
          imageId: 'ami-t',
          isPublic: true,
          deprecationTime: '2026-12-01T00:00:00Z',
          ancestry: [{ imageId: 'ami-p', visible: true, ownerId: OWNERS.ops }],
        }),
        2,
      );
      const timeline = await db.lineage.timeline('ami-t');
      expect(timeline.map(e => [e.at.slice(0, 10), e.kind])).toEqual([
        ['2026-11-01', 'first-seen'],
        ['2026-11-02', 'deprecated'],
        ['2026-11-02', 'made-public'],
        ['2026-11-02', 'provenance-changed'],
      ]);
      expect((await db.lineage.chain('ami-t')).end).toBe('root');
    });

    it('writes a node once per collection unless an account tells something new of it', async () => {
      const knex = await databases.init(databaseId);
      const db = await AmiGovernanceDatabase.forTests(knex);
      const sighting = (
        accountId: string,
        collectedAt: string,
        image: object,
      ) => lineageReport(accountId, collectedAt, [image]);
      const base = { imageId: 'ami-shared', ownerId: OWNERS.ops, ancestry: [] };
      const lastSeen = async () =>
        (
          await knex('ami_governance_lineage_images')
            .where({ image_id: 'ami-shared' })
            .first()
        ).last_seen_at;
      await db.lineage.record(
        sighting(ACCOUNTS.prod, '2026-11-01T01:00:00Z', base),
        7,
      );
      // Another account of the same collection sees the same: nothing is rewritten.
      await db.lineage.record(
        sighting(ACCOUNTS.dev, '2026-11-01T02:00:00Z', base),
        7,
      );
      expect(await lastSeen()).toBe('2026-11-01T01:00:00Z');
      // One that tells more (the name) is written.
      await db.lineage.record(
        sighting(ACCOUNTS.dev, '2026-11-01T03:00:00Z', {
          ...base,
          name: 'golden-base',
        }),
        7,
      );
      expect(await lastSeen()).toBe('2026-11-01T03:00:00Z');
      expect((await db.lineage.node('ami-shared'))?.name).toBe('golden-base');
      // The next collection records the sighting once more.
      await db.lineage.record(
        sighting(ACCOUNTS.prod, '2026-11-02T01:00:00Z', base),
        8,
      );
      expect(await lastSeen()).toBe('2026-11-02T01:00:00Z');
      expect(
        (await db.lineage.timeline('ami-shared')).map(e => e.kind),
      ).toEqual(['first-seen']);
    });

    it('records a golden AMI the catalog no longer lists as deregistered, never after a failed read', async () => {
      const knex = await databases.init(databaseId);
      const db = await AmiGovernanceDatabase.forTests(knex);
      const catalog = (
        collectedAt: string,
        ids: string[],
        error?: { code: string; message: string },
      ) =>
        lineageReport(
          OWNERS.ops,
          collectedAt,
          ids.map(imageId => ({
            imageId,
            ownerId: OWNERS.ops,
            state: 'available',
            goldenCatalog: true,
            ancestry: [],
          })),
          {
            region: 'eu-west-1',
            goldenCatalogRead: true,
            ...(error && { error }),
          },
        );
      await db.lineage.record(
        catalog('2026-11-01T00:00:00Z', ['ami-keep', 'ami-gone']),
        1,
      );
      // A failed read of the region lists nothing: nothing is concluded from it.
      await db.lineage.record(
        catalog('2026-11-02T00:00:00Z', [], {
          code: 'RequestLimitExceeded',
          message: 'DescribeImages(golden catalog): throttled',
        }),
        2,
      );
      expect((await db.lineage.timeline('ami-gone')).map(e => e.kind)).toEqual([
        'first-seen',
      ]);
      await db.lineage.record(catalog('2026-11-03T00:00:00Z', ['ami-keep']), 3);
      const timeline = await db.lineage.timeline('ami-gone');
      expect(timeline.map(e => [e.at.slice(0, 10), e.kind])).toEqual([
        ['2026-11-01', 'first-seen'],
        ['2026-11-03', 'deregistered'],
      ]);
      expect(timeline[1].detail).toMatch(
        /Gone from the golden catalog in eu-west-1/,
      );
      expect((await db.lineage.node('ami-gone'))?.facts?.state).toBe(
        'deregistered',
      );
      // Said once: the next collection does not repeat it.
      await db.lineage.record(catalog('2026-11-04T00:00:00Z', ['ami-keep']), 4);
      expect(await db.lineage.timeline('ami-gone')).toHaveLength(2);
      expect(await db.lineage.timeline('ami-keep')).toHaveLength(1);
      // A report that did not read the catalog (only the AMIs the account uses), or one collected
      // before an AMI was first seen, concludes nothing.
      await db.lineage.record(
        catalog('2026-11-05T00:00:00Z', ['ami-keep', 'ami-new']),
        5,
      );
      await db.lineage.record(
        lineageReport(OWNERS.ops, '2026-11-06T00:00:00Z', [], {
          region: 'eu-west-1',
        }),
        6,
      );
      await db.lineage.record(catalog('2026-11-04T12:00:00Z', ['ami-keep']), 7);
      expect((await db.lineage.timeline('ami-new')).map(e => e.kind)).toEqual([
        'first-seen',
      ]);
      expect((await db.lineage.node('ami-new'))?.facts?.state).toBe(
        'available',
      );
      expect(await db.lineage.timeline('ami-keep')).toHaveLength(1);
    });

    it('counts the workloads on AMIs failing the image compliance rules, per account', async () => {
      const knex = await databases.init(databaseId);
      const db = await AmiGovernanceDatabase.forTests(knex);
      const generation = await db.workloads.write(
        'test',
        snapshotWithLineage().workloads.accounts,
      );
      const parsed = parseGovernanceConfig({
        ...configAsOfTestDay(),
        image_compliance: {
          required_tag_keys: ['Owner'],
          required_provenance: 'golden-derived',
        },
      });
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.findings));
      const answer = await provenanceAnswer(
        db.lineage,
        generation,
        parsed.config,
        TEST_NOW,
        {},
        { offset: 0, limit: 50 },
      );
      // ami-ops carries the Owner tag and is golden; ami-own lacks it (i-a4 fails); the outside
      // AMI's provenance is unknown, which fails no rule (unknown is not a failure).
      const prod = answer.items.find(i => i.accountId === ACCOUNTS.prod)!;
      expect(prod.onFailingImages).toEqual({
        instances: 1,
        launchTemplates: 0,
      });
      expect(answer.organizationOnFailingImages.instances).toBe(1);
    });

    it('the example organization: a golden chain across two regions, a vendor AMI on a community one', async () => {
      const server = await startWithSnapshot(
        databases,
        databaseId,
        exampleSnapshot(),
      );
      const golden = await get(server, '/images/ami-0a1b2c3d4e5f61101');
      expect(golden.provenance).toBe('golden');
      expect(golden.chain.links.map((l: any) => l.region)).toEqual([
        'us-east-1',
        'eu-central-2',
        'eu-central-2',
      ]);
      const vendor = await get(server, '/images/ami-0e6f1b10c5a7d9041');
      expect(vendor).toMatchObject({
        provenance: 'foreign',
        allowlist: { status: 'allowed', category: 'vendor' },
      });
      const community = await get(
        server,
        '/images/ami-0c0ffee1234567890/descendants',
      );
      // The InfoBlox AMI, and its copy to eu-central-2 (a copy is a new AMI with its own ID).
      expect(community.descendants).toEqual([
        'ami-0e6f1b10c5a7d9041',
        'ami-0e6f1b10c5a7d9142',
      ]);
      expect(community.totals).toMatchObject({ instances: 5, accounts: 3 });
      // Distinct regions, not account-regions: three accounts in two regions.
      const regionsSeen = new Set(
        community.items.map((w: { region: string }) => w.region),
      );
      expect(community.totals.regions).toBe(regionsSeen.size);
      expect(community.totals.regions).toBeLessThan(community.totals.accounts);
    });
  },
);
