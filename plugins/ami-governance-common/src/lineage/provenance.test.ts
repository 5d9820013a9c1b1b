import { LineageGraph } from './lineageGraph';
import type { ImageLineage } from './lineageSchema';
import { provenanceOf } from './provenance';

const OPS = '111111111111';
const VENDOR = '222222222222';
const TEAM = '333333333333';

const graphOf = (...images: [ImageLineage, string][]) => {
  const g = new LineageGraph();
  for (const [image, region] of images) g.add(image, region);
  return g;
};
const verdict = (g: LineageGraph, id: string) =>
  provenanceOf(g.chainOf(id), OPS).provenance;

describe('provenanceOf', () => {
  it('golden: the ops publisher made it and every ancestor, across regions', () => {
    const g = graphOf([
      {
        imageId: 'ami-copy',
        ownerId: OPS,
        ancestry: [
          {
            imageId: 'ami-base',
            region: 'eu-west-1',
            visible: true,
            ownerId: OPS,
          },
        ],
      },
      'us-east-1',
    ]);
    expect(verdict(g, 'ami-copy')).toBe('golden');
    expect(g.chainOf('ami-copy').links.map(l => l.region)).toEqual([
      'us-east-1',
      'eu-west-1',
    ]);
  });

  it('golden-derived: a team image on a golden one, and a golden image on an Amazon root', () => {
    const g = graphOf([
      {
        imageId: 'ami-team',
        ownerId: TEAM,
        ancestry: [
          { imageId: 'ami-golden', visible: true, ownerId: OPS },
          { imageId: 'ami-al2023', visible: true, ownerAlias: 'amazon' },
        ],
      },
      'eu-west-1',
    ]);
    expect(verdict(g, 'ami-team')).toBe('golden-derived');
    expect(verdict(g, 'ami-golden')).toBe('golden-derived');
    expect(verdict(g, 'ami-al2023')).toBe('foreign');
  });

  it('foreign: an allowlisted vendor image descending from a community AMI', () => {
    const g = graphOf([
      {
        imageId: 'ami-vendor',
        ownerId: VENDOR,
        ancestry: [
          { imageId: 'ami-community', visible: true, ownerId: '444444444444' },
        ],
      },
      'eu-west-1',
    ]);
    const v = provenanceOf(g.chainOf('ami-vendor'), OPS);
    expect(v.provenance).toBe('foreign');
    expect(v.reason).toContain('ami-community belongs to 444444444444');
  });

  it('unknown: a chain leaving visibility, an ancestry never read, an owner not known', () => {
    const g = graphOf(
      [
        {
          imageId: 'ami-hidden',
          ownerId: OPS,
          ancestry: [
            { imageId: 'ami-secret', visible: false, reason: 'not shared' },
          ],
        },
        'eu-west-1',
      ],
      [{ imageId: 'ami-unread', ownerId: OPS }, 'eu-west-1'],
      [
        {
          imageId: 'ami-anon',
          ownerId: OPS,
          ancestry: [{ imageId: 'ami-x', visible: true }],
        },
        'eu-west-1',
      ],
    );
    expect(g.chainOf('ami-hidden').end).toBe('not-visible');
    expect(verdict(g, 'ami-hidden')).toBe('unknown');
    expect(verdict(g, 'ami-unread')).toBe('unknown');
    expect(verdict(g, 'ami-anon')).toBe('unknown');
    expect(verdict(g, 'ami-nowhere')).toBe('unknown');
  });

  it('unknown: a cycle is cut cleanly, never followed forever', () => {
    const g = graphOf(
      [{ imageId: 'ami-a', ownerId: OPS, sourceImageId: 'ami-b' }, 'eu-west-1'],
      [{ imageId: 'ami-b', ownerId: OPS, sourceImageId: 'ami-a' }, 'eu-west-1'],
    );
    const chain = g.chainOf('ami-a');
    expect(chain.end).toBe('cycle');
    expect(chain.links.map(l => l.imageId)).toEqual(['ami-a', 'ami-b']);
    expect(verdict(g, 'ami-a')).toBe('unknown');
    expect(g.descendantsOf('ami-a')).toEqual(['ami-b']);
  });

  it('a later sighting that sees further replaces a hidden link', () => {
    const g = graphOf(
      [
        {
          imageId: 'ami-team',
          ownerId: TEAM,
          ancestry: [{ imageId: 'ami-g', visible: false }],
        },
        'eu-west-1',
      ],
      [{ imageId: 'ami-g', ownerId: OPS, ancestry: [] }, 'eu-west-1'],
    );
    expect(verdict(g, 'ami-team')).toBe('golden-derived');
  });
});
