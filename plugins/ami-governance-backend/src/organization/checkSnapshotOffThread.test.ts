import { workloadSnapshot } from '../__testUtils__/workloadFixtures';
import {
  checkedOffThread,
  checkSnapshotOffThread,
} from './checkSnapshotOffThread';
import { parseSnapshot } from './parseSnapshot';

// A real worker thread runs the check here (the TypeScript source, with Backstage's loader).
jest.setTimeout(60_000);

const bytes = (value: unknown) => Buffer.from(JSON.stringify(value));

/** The workload fixture with many accounts and instances: more than one batch of each back. */
function largeSnapshot() {
  const snapshot = workloadSnapshot();
  snapshot.accounts.push(
    ...Array.from({ length: 2_500 }, (_, i) => ({
      id: String(900_000_000_000 + i),
      name: `extra-${i}`,
      status: 'ACTIVE',
      parentId: snapshot.roots[0].id,
    })),
  );
  const accounts = snapshot.workloads!.accounts;
  const region = accounts[0].regions[0];
  const [first] = region.instances;
  region.instances = Array.from({ length: 2_500 }, (_, i) => ({
    ...first,
    image: first.image && { ...first.image },
    instanceId: `i-${String(i).padStart(17, '0')}`,
  }));
  return snapshot;
}

describe('checkSnapshotOffThread', () => {
  it('gives back what parseSnapshot gives, every workload account in order, and marks it checked', async () => {
    const input = largeSnapshot();
    const checked = await checkSnapshotOffThread(bytes(input));
    expect(checked).toEqual(parseSnapshot(input));
    expect(checked.accounts).toHaveLength(input.accounts.length);
    expect(checked.workloads!.accounts[0].regions[0].instances).toHaveLength(
      2_500,
    );
    expect(checkedOffThread(checked)).toBe(true);
    // An equal object that did not come out of the worker is not taken as checked.
    expect(checkedOffThread(parseSnapshot(input))).toBe(false);
    expect(checkedOffThread(undefined)).toBe(false);
  });

  it('reads text as well as bytes (a snapshot file)', async () => {
    const input = workloadSnapshot();
    await expect(
      checkSnapshotOffThread(JSON.stringify(input), 'The snapshot at org.json'),
    ).resolves.toEqual(parseSnapshot(input));
  });

  it("refuses what parseSnapshot refuses, with parseSnapshot's message", async () => {
    const input = {
      ...workloadSnapshot(),
      organization: { id: 'o-x', managementAccountId: '12' },
    };
    const expected = (() => {
      try {
        parseSnapshot(input);
      } catch (e) {
        return (e as Error).message;
      }
      throw new Error('parseSnapshot accepted it');
    })();
    await expect(checkSnapshotOffThread(bytes(input))).rejects.toMatchObject({
      name: 'InputError',
      message: expected,
    });
    expect(expected).toContain('organization.managementAccountId');
  });

  it('refuses a control character with its JSON path, and JSON that is not JSON or not UTF-8', async () => {
    const hostile = largeSnapshot();
    hostile.workloads!.accounts[0].regions[0].instances[2_400].image!.name =
      'evil\u0000name';
    await expect(checkSnapshotOffThread(bytes(hostile))).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringMatching(
        /^workloads\.accounts\[0\]\.regions\[0\]\.instances\[2400\]\.image\.name holds the control character U\+0000 at position 4: /,
      ),
    });
    await expect(
      checkSnapshotOffThread(Buffer.from('{"version": 2,'), 'The push'),
    ).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringMatching(/^The push is not valid JSON \(UTF-8\): /),
    });
    // 0xff never occurs in UTF-8.
    await expect(
      checkSnapshotOffThread(Buffer.from([0x7b, 0xff, 0x7d])),
    ).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringMatching(/^The snapshot is not valid JSON/),
    });
  });

  it("answers 413 when the snapshot does not fit the worker's heap, and the next check still runs", async () => {
    // One 40 MB name: its text, the parsed string and the loader do not fit a heap of 48 MB.
    const huge = workloadSnapshot();
    huge.accounts[0].name = 'x'.repeat(40_000_000);
    await expect(
      checkSnapshotOffThread(bytes(huge), 'The push', {
        resourceLimits: { maxOldGenerationSizeMb: 48 },
      }),
    ).rejects.toMatchObject({
      statusCode: 413,
      message: expect.stringMatching(
        /^The push is too large to check in this backend's memory: /,
      ),
    });
    // The same heap holds an ordinary snapshot: the size was what did not fit.
    await expect(
      checkSnapshotOffThread(bytes(workloadSnapshot()), 'The push', {
        resourceLimits: { maxOldGenerationSizeMb: 48 },
      }),
    ).resolves.toMatchObject({ version: workloadSnapshot().version });
  });

  it('refuses what the tables cannot hold in a workload report, naming the field', async () => {
    const wide = largeSnapshot();
    wide.workloads!.accounts[0].regions[0].instances[2_100].state = 'x'.repeat(
      1_000,
    );
    await expect(checkSnapshotOffThread(bytes(wide))).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringMatching(
        /^workloads\.accounts\[0\]\.regions\[0\]\.instances\[2100\]\.state is 1000 characters long; at most \d+ are stored$/,
      ),
    });
  });

  it('checks one snapshot at a time, in the order asked, and keeps going after a refusal', async () => {
    const finished: string[] = [];
    const track = (name: string, checking: Promise<unknown>) =>
      checking.finally(() => finished.push(name));
    // Run side by side, the small check would end first; one at a time, the large one does.
    const [large, refused, small] = await Promise.allSettled([
      track('large', checkSnapshotOffThread(bytes(largeSnapshot()))),
      track('refused', checkSnapshotOffThread(Buffer.from('nope'))),
      track('small', checkSnapshotOffThread(bytes(workloadSnapshot()))),
    ]);
    expect(finished).toEqual(['large', 'refused', 'small']);
    expect(large.status).toBe('fulfilled');
    expect(refused.status).toBe('rejected');
    expect(small).toMatchObject({
      status: 'fulfilled',
      value: { version: workloadSnapshot().version },
    });
  });
});
