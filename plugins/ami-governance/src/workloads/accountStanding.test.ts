import { addDays } from '@ami-governance/backstage-plugin-ami-governance-common';
import { publishersResponse, TODAY } from '../__testUtils__/governance';
import { accountStanding } from './accountStanding';

const entries = (account: string) =>
  publishersResponse().publishers.filter(p => p.provider === account);

describe('accountStanding', () => {
  it('says ops and vendor publishers are allowed without expiry', () => {
    expect(accountStanding(entries('111122223333'), TODAY, 14).headline).toBe(
      'Allowed publisher: vendor (InfoBlox), no expiry',
    );
  });

  it('says until when an exception allows an account', () => {
    const s = accountStanding(entries('777788889999'), TODAY, 14);
    expect(s.headline).toBe(
      `Allowed publisher until ${addDays(TODAY, 69)} (69 days left)`,
    );
    expect(s.health).toBe('ok');
    expect(accountStanding(entries('300000000002'), TODAY, 14)).toMatchObject({
      headline: `Allowed publisher until ${TODAY} (expires today)`,
      health: 'warning',
    });
  });

  it('says an expired exception no longer allows the account', () => {
    expect(accountStanding(entries('300000000003'), TODAY, 14)).toMatchObject({
      headline: `Not allowed: exception expired on ${addDays(
        TODAY,
        -1,
      )} (expired yesterday)`,
      health: 'error',
    });
  });

  it('says when an account is not a publisher at all', () => {
    expect(accountStanding([], TODAY, 14).headline).toBe(
      'Not an allowed publisher',
    );
  });
});
