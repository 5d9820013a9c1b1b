import { exception, rawConfig, TODAY } from '../__fixtures__/configs';
import { parseGovernanceConfig } from './parseConfig';
import { filterPublishers } from './publisherQuery';
import { listPublishers } from './publishers';

// TODAY is 2026-11-23: one exception lapsed, one expiring within the warning days, one active.
function publishers() {
  const parsed = parseGovernanceConfig(
    rawConfig({
      exception_accounts: [
        exception('777788889999', '2027-06-30', { ticket: 'CLOUD-7' }),
        exception('222233334444', '2026-12-01', {
          reason: 'Vendor POC of a scanner',
        }),
        exception('555566667777', '2026-01-01'),
      ],
    }),
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.findings));
  return listPublishers(parsed.config, TODAY);
}

const providers = (query: Parameters<typeof filterPublishers>[1]) =>
  filterPublishers(publishers(), query).map(p => p.provider);

describe('filterPublishers', () => {
  it('lists every publisher in the shown order when nothing narrows it', () => {
    expect(providers({})).toEqual([
      '555566667777',
      '222233334444',
      '777788889999',
      '123456738923',
      '111122223333',
      '444455556666',
    ]);
  });

  it('narrows by category', () => {
    expect(providers({ category: 'vendor' })).toEqual([
      '111122223333',
      '444455556666',
    ]);
  });

  it('lists only exceptions under a state filter, active including expiring', () => {
    expect(providers({ state: 'active' })).toEqual([
      '222233334444',
      '777788889999',
    ]);
    expect(providers({ state: 'expiring' })).toEqual(['222233334444']);
    expect(providers({ state: 'expired' })).toEqual(['555566667777']);
  });

  it('finds text in any case in the provider, name, description, ticket or reason', () => {
    expect(providers({ q: '  cloud-7 ' })).toEqual(['777788889999']);
    expect(providers({ q: 'SCANNER' })).toEqual(['222233334444']);
    expect(providers({ q: 'infoblox' })).toEqual(['111122223333']);
    expect(providers({ q: '4444555' })).toEqual(['444455556666']);
    expect(providers({ q: 'tfe appliance', category: 'ops' })).toEqual([]);
  });
});
