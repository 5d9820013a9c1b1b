import fs from 'node:fs';
import path from 'node:path';
import {
  fixture,
  readJson,
  runCli,
  runCliJson,
  TODAY,
  useTempDirs,
} from '../__testUtils__/runCli';

const OPS = '123456738923';
const INFOBLOX = '111122223333';

/**
 * The workloads fixture with lineage: the golden AMI the factory and payments run is a us-east-1
 * copy of a golden base in eu-west-1 (both in the ops publisher's catalog); the InfoBlox vendor
 * AMI, allowlisted, descends from a community AMI.
 */
function snapshotWithLineage(dir: string): string {
  const snapshot = readJson(fixture('workloads-snapshot.json'));
  const region = (account: string, name: string) =>
    snapshot.workloads.accounts
      .find((a: any) => a.accountId === account)
      .regions.find((r: any) => r.region === name);
  const base = {
    imageId: 'ami-0goldenbase00001',
    region: 'eu-west-1',
    visible: true,
    ownerId: OPS,
  };
  region(OPS, 'us-east-1').lineage = [
    {
      imageId: 'ami-0golden000000001',
      ownerId: OPS,
      goldenCatalog: true,
      ancestry: [base],
    },
  ];
  region('210987654321', 'us-east-1').lineage = [
    {
      imageId: 'ami-0infoblox00000001',
      ownerId: INFOBLOX,
      ancestry: [
        {
          imageId: 'ami-0community000001',
          region: 'us-east-1',
          visible: true,
          ownerId: '999900001111',
        },
      ],
    },
  ];
  const file = path.join(dir, 'snapshot.json');
  fs.writeFileSync(file, JSON.stringify(snapshot));
  return file;
}

describe('ami-governance lineage and scope', () => {
  const tempDir = useTempDirs();

  it('lineage: a vendor image on a community AMI is foreign, however allowlisted its owner', () => {
    const snapshot = snapshotWithLineage(tempDir());
    const args = [
      'lineage',
      'ami-0infoblox00000001',
      '--snapshot',
      snapshot,
      '--config',
      fixture('valid.json'),
      '--today',
      TODAY,
    ];
    const { status, json } = runCliJson(args);
    expect(status).toBe(0);
    expect(json).toMatchObject({
      provenance: 'foreign',
      chain: { end: 'root' },
    });
    const text = runCli(args).stdout;
    expect(text).toContain(
      'ami-0infoblox00000001 us-east-1 111122223333, allowlisted',
    );
    expect(text).toContain('Provenance: foreign.');
  });

  it('lineage: the ops publisher is found from the golden catalog when no config is given', () => {
    const snapshot = snapshotWithLineage(tempDir());
    const { json } = runCliJson([
      'lineage',
      'ami-0golden000000001',
      '--snapshot',
      snapshot,
    ]);
    expect(json).toMatchObject({ provenance: 'golden', opsAccountId: OPS });
    expect(json.chain.links.map((l: any) => l.region)).toEqual([
      'us-east-1',
      'eu-west-1',
    ]);
  });

  it('scope: exit 3 and every workload on the base or a derived AMI', () => {
    const snapshot = snapshotWithLineage(tempDir());
    const { status, json } = runCliJson([
      'scope',
      'ami-0goldenbase00001',
      '--snapshot',
      snapshot,
    ]);
    expect(status).toBe(3);
    expect(json.descendants).toEqual(['ami-0golden000000001']);
    expect(json.workloads.map((w: any) => w.id).sort()).toEqual([
      'i-0factory000000001',
      'i-0payments00000003',
    ]);
    expect(json.totals).toMatchObject({
      images: 2,
      instances: 2,
      launchTemplates: 0,
      accounts: 2,
    });
  });

  it('scope: exit 0 when nothing runs on it; a malformed AMI ID is a usage error', () => {
    const snapshot = snapshotWithLineage(tempDir());
    expect(
      runCli(['scope', 'ami-0unused000000001', '--snapshot', snapshot]).status,
    ).toBe(0);
    const bad = runCli(['scope', 'image-1', '--snapshot', snapshot]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('AMI must be an AMI ID');
  });
});
