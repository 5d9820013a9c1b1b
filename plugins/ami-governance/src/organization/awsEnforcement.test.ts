import {
  allPublishers,
  organizationStatus,
  statusResponse,
  TODAY,
} from '../__testUtils__/governance';
import { accountStanding } from '../workloads/accountStanding';
import { awsEnforcement, enforcedHeadline } from './awsEnforcement';

const standingOf = (account: string) =>
  accountStanding(
    allPublishers().filter(p => p.provider === account),
    TODAY,
    14,
  );
const texts = (
  account: string,
  org = organizationStatus(),
  own?: Parameters<typeof awsEnforcement>[3],
) =>
  awsEnforcement(
    account,
    standingOf(account),
    statusResponse({ status: org }).status!,
    own,
  ).map(l => l.text);

describe('awsEnforcement', () => {
  it('says when a policy is not deployed or could not be read', () => {
    const org = organizationStatus();
    org.policies.scp.deployed = false;
    org.policies.declarativePolicy.drift!.readError = 'AccessDenied';
    expect(texts('111122223333', org)).toEqual([
      'The deployed EC2 declarative policy could not be read, so whether it lists this account is unknown.',
      'The service control policy is not deployed in AWS: it restricts no launches.',
    ]);
  });

  it('says launches are blocked outright once the declarative policy is enabled', () => {
    const org = organizationStatus();
    org.policies.declarativePolicy.drift!.mode!.deployed = 'enabled';
    expect(texts('777788889999', org)[0]).toMatch(
      /EC2 declarative policy does not list it yet: launches from it are still blocked\.$/,
    );
  });

  it("words the account's own compliance, uncovered or unknown", () => {
    expect(texts('045678901234', undefined, { list: 'ungoverned' })[2]).toBe(
      'Launches in this account: no EC2 declarative policy reaches it, so AMIs from any publisher may be launched here.',
    );
    const unknown = {
      list: 'unknown' as const,
      entry: {
        id: '045678901234',
        name: 'sandbox',
        reason: 'no policy applies',
      },
    };
    expect(texts('045678901234', undefined, unknown)[2]).toBe(
      'Launches in this account: its effective EC2 declarative policy is unknown: no policy applies.',
    );
  });

  it("keeps Git's headline when AWS agrees, and without a status", () => {
    const standing = standingOf('111122223333');
    expect(enforcedHeadline(standing, undefined, '111122223333')).toEqual({
      health: 'ok',
      headline: 'Allowed publisher: vendor (InfoBlox), no expiry',
    });
  });
});
