import { addDays } from '@ami-governance/backstage-plugin-ami-governance-common';
import { publishersResponse, TODAY } from '../__testUtils__/governance';
import { toPublisherRows } from './publisherRows';

const rows = (today = TODAY) =>
  toPublisherRows(publishersResponse().publishers, today, 14);
const byAccount = (today = TODAY) =>
  new Map(rows(today).map(r => [r.account, r]));

describe('toPublisherRows', () => {
  it('words the countdown at its boundaries', () => {
    const r = byAccount();
    expect(r.get('300000000001')?.countdown).toBe('1 day left'); // tomorrow
    expect(r.get('300000000002')?.countdown).toBe('expires today');
    expect(r.get('300000000003')?.countdown).toBe('expired yesterday');
    expect(r.get('555566667777')?.countdown).toBe('expired 7 days ago');
    expect(r.get('777788889999')?.countdown).toBe('69 days left');
    expect(r.get('123456738923')?.countdown).toBe('no expiry');
  });

  it('counts from the date it is given, not from the backend answer', () => {
    const r = byAccount(addDays(TODAY, 1));
    expect(r.get('300000000002')?.countdown).toBe('expired yesterday');
    expect(r.get('300000000001')?.countdown).toBe('expires today');
    expect(r.get('300000000001')?.standing).toBe('expiring');
    expect(r.get('300000000002')?.standing).toBe('expired');
  });

  it('states each standing in words', () => {
    const r = byAccount();
    expect(r.get('300000000002')?.standingLabel).toBe('Expiring');
    expect(r.get('300000000003')?.standingLabel).toBe('Expired');
    expect(r.get('777788889999')?.standingLabel).toBe('Active');
    expect(r.get('111122223333')?.standingLabel).toBe('Allowed');
    expect(r.get('555566667777')?.type).toBe('Emergency');
  });

  it('sorts by soonest expiry, expired first, publishers without expiry last', () => {
    expect(rows().map(r => r.account)).toEqual([
      '555566667777',
      '300000000003',
      '300000000002',
      '300000000001',
      '222233334444',
      '777788889999',
      '123456738923',
      '111122223333',
      '444455556666',
    ]);
  });

  it("words each publisher's constraints: names and product codes, nothing when unconstrained", () => {
    const constraints: Record<string, object> = {
      '123456738923': { imageNames: ['acme-golden-*'] },
      '111122223333': {
        imageNames: ['infoblox-*'],
        marketplaceProductCodes: ['abc123'],
      },
    };
    const publishers = publishersResponse().publishers.map(p => ({
      ...p,
      ...constraints[p.provider],
    }));
    const r = new Map(
      toPublisherRows(publishers, TODAY, 14).map(row => [row.account, row]),
    );
    expect(r.get('123456738923')?.constraints).toBe(
      'image names acme-golden-*',
    );
    expect(r.get('111122223333')?.constraints).toBe(
      'image names infoblox-*, product codes abc123',
    );
    expect(r.get('444455556666')?.constraints).toBe('');
  });
});
