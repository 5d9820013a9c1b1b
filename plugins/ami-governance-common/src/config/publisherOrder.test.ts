import { exception, rawConfig, TODAY } from '../__fixtures__/configs';
import { parseGovernanceConfig } from './parseConfig';
import { comparePublishers, countPublishers } from './publisherOrder';
import { listPublishers } from './publishers';

function publishers() {
  const parsed = parseGovernanceConfig(
    rawConfig({
      exception_accounts: [
        exception('777788889999', '2027-06-30'),
        exception('222233334444', '2026-12-01'),
        exception('555566667777', '2026-01-01'),
      ],
    }),
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.findings));
  return listPublishers(parsed.config, TODAY);
}

describe('comparePublishers', () => {
  it('puts exceptions first, soonest expiry first, then ops and vendors', () => {
    expect(
      [...publishers()]
        .sort(comparePublishers)
        .map(p => `${p.category}:${p.provider}`),
    ).toEqual([
      'exception:555566667777',
      'exception:222233334444',
      'exception:777788889999',
      'ops:123456738923',
      'vendor:111122223333',
      'vendor:444455556666',
    ]);
  });
});

describe('countPublishers', () => {
  it('counts by category and by exception state filter, active including expiring', () => {
    expect(countPublishers(publishers(), 5)).toEqual({
      all: 6,
      ops: 1,
      vendor: 2,
      exception: 3,
      active: 2,
      expiring: 1,
      expired: 1,
      allowlisted: 5,
    });
  });
});
