/**
 * The snapshot file written as the workloads stream in: the same bytes as one JSON.stringify of the
 * whole snapshot, and nothing under the file's name until it is complete. No AWS involved.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  OrganizationSnapshot,
  organizationSnapshotSchema,
  WorkloadAccountReport,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { writeSnapshotFile } from './snapshotFile';
import { useTempDirs } from '../__testUtils__/runCli';

const tempDir = useTempDirs();

const SNAPSHOT: OrganizationSnapshot = {
  version: 2,
  collectedAt: '2026-11-23T12:00:00.000Z',
  organization: { id: 'o-fake123456', managementAccountId: '000011112222' },
  roots: [{ id: 'r-fa01', name: 'Root' }],
  organizationalUnits: [],
  accounts: [
    {
      id: '000011112222',
      name: 'management',
      parentId: 'r-fa01',
      status: 'ACTIVE',
    },
  ],
  policies: { declarativePolicy: null, scp: null },
  errors: [],
};

const report = (accountId: string): WorkloadAccountReport => ({
  accountId,
  collectedAt: '2026-11-23T12:00:00.000Z',
  regions: [
    {
      region: 'us-east-1',
      instances: [
        {
          instanceId: 'i-1',
          state: 'running',
          image: {
            imageId: 'ami-1',
            ownerId: '777788889999',
            name: 'a "quoted"\nname',
          },
        },
      ],
      launchTemplates: [],
      publicImages: [],
    },
  ],
});

async function* stream(reports: WorkloadAccountReport[], failAfter = Infinity) {
  let n = 0;
  for (const r of reports) {
    if (n++ >= failAfter) throw new Error('the collector broke');
    yield r;
  }
}

describe('writeSnapshotFile', () => {
  it.each([
    ['two accounts', [report('111100001111'), report('222200002222')]],
    ['no account', []],
  ])(
    'writes what JSON.stringify would, with %s in the workloads',
    async (_, reports) => {
      const out = path.join(tempDir(), 'snapshot.json');
      await writeSnapshotFile(out, SNAPSHOT, {
        roleName: 'Reader',
        reports: stream(reports),
      });
      const expected = {
        ...SNAPSHOT,
        workloads: { roleName: 'Reader', accounts: reports },
      };
      expect(fs.readFileSync(out, 'utf8')).toBe(
        `${JSON.stringify(expected, null, 2)}\n`,
      );
      expect(
        organizationSnapshotSchema.parse(
          JSON.parse(fs.readFileSync(out, 'utf8')),
        ),
      ).toEqual(expected);
    },
  );

  it('writes the organization alone without workloads', async () => {
    const out = path.join(tempDir(), 'snapshot.json');
    await writeSnapshotFile(out, SNAPSHOT);
    expect(fs.readFileSync(out, 'utf8')).toBe(
      `${JSON.stringify(SNAPSHOT, null, 2)}\n`,
    );
  });

  it('leaves no file behind when the collection fails half way', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'snapshot.json');
    await expect(
      writeSnapshotFile(out, SNAPSHOT, {
        roleName: 'Reader',
        reports: stream([report('111100001111'), report('222200002222')], 1),
      }),
    ).rejects.toThrow('the collector broke');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('names the file it cannot write', async () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'snapshot.json'));
    await expect(
      writeSnapshotFile(path.join(dir, 'snapshot.json'), SNAPSHOT),
    ).rejects.toThrow(/^cannot write ".*snapshot\.json": /);
    expect(fs.readdirSync(dir)).toEqual(['snapshot.json']);
  });
});
