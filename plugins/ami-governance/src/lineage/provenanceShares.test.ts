import { provenanceShares } from './provenanceShares';

const c = (instances: number, launchTemplates = 0) => ({
  instances,
  launchTemplates,
});

describe('provenanceShares', () => {
  it('counts instances and launch templates, foreign and unknown first', () => {
    const { total, shares } = provenanceShares({
      golden: c(1),
      'golden-derived': c(1, 1),
      foreign: c(2),
      unknown: c(0, 1),
    });
    expect(total).toBe(6);
    expect(shares.map(s => [s.provenance, s.workloads, s.percent])).toEqual([
      ['foreign', 2, 33],
      ['unknown', 1, 16],
      ['golden-derived', 2, 33],
      ['golden', 1, 16],
    ]);
  });

  it('answers no share rather than dividing by zero', () => {
    const { total, shares } = provenanceShares({
      golden: c(0),
      'golden-derived': c(0),
      foreign: c(0),
      unknown: c(0),
    });
    expect(total).toBe(0);
    expect(shares.every(s => s.percent === 0)).toBe(true);
  });
});
