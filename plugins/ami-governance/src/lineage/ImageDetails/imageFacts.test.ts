import { imageFactRows } from './imageFacts';

const value = (rows: ReturnType<typeof imageFactRows>, label: string) =>
  rows.find(r => r.label === label)?.value;

describe('imageFactRows', () => {
  it('says unknown for every fact the collections did not see', () => {
    const rows = imageFactRows({ imageId: 'ami-0123456789abcdef0' });
    expect(value(rows, 'Source AMI')).toBe('unknown');
    expect(
      value(
        imageFactRows({}, { end: 'root', links: [{ imageId: 'ami-1' }] }),
        'Source AMI',
      ),
    ).toBe('none: a root');
    for (const label of [
      'Name',
      'Owner',
      'State',
      'Public',
      'EBS snapshots encrypted',
      'Tags',
    ])
      expect(value(rows, label)).toBe('unknown');
  });

  it('words the facts seen', () => {
    const rows = imageFactRows(
      {
        ownerId: '111122223333',
        ownerAlias: 'ops',
        isPublic: false,
        snapshotsEncrypted: true,
        tags: { Owner: 'platform' },
      },
      {
        end: 'root',
        links: [
          { imageId: 'ami-0a1b2c3d4e5f61101', region: 'us-east-1' },
          { imageId: 'ami-0a1b2c3d4e5f61002', region: 'eu-central-2' },
        ],
      },
    );
    expect(value(rows, 'Owner')).toBe('111122223333 (ops)');
    expect(value(rows, 'Public')).toBe('no');
    expect(value(rows, 'EBS snapshots encrypted')).toBe('all of them');
    expect(value(rows, 'Tags')).toBe('Owner=platform');
    expect(value(rows, 'Source AMI')).toBe(
      'ami-0a1b2c3d4e5f61002 in eu-central-2',
    );
  });
});
