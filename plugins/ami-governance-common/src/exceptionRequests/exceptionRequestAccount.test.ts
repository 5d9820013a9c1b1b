import { exception, rawConfig, TODAY } from '../__fixtures__/configs';
import { parseGovernanceConfig } from '../config/parseConfig';
import {
  accountRequestStanding,
  isRefusedStanding,
} from './exceptionRequestAccount';
import { listPublishers } from '../config/publishers';

const publishers = listPublishers(
  (() => {
    const parsed = parseGovernanceConfig(
      rawConfig({
        exception_accounts: [
          exception('777788889999', '2027-01-31'),
          exception('222233334444', '2026-10-01', { ticket: 'CLOUD-1301' }),
        ],
      }),
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.findings));
    return parsed.config;
  })(),
  TODAY,
);

describe('accountRequestStanding', () => {
  it('refuses the ops publisher and vendors: no exception is needed', () => {
    const ops = accountRequestStanding(publishers, '123456738923');
    expect(ops).toMatchObject({ kind: 'ops', path: 'ops_publisher_account' });
    expect(ops.message).toBe(
      '123456738923 is already the ops golden AMI publisher (ops_publisher_account); its AMIs are allowed without an exception, so none is needed. An account is a publisher, a vendor or an exception, never two.',
    );
    const vendor = accountRequestStanding(publishers, '444455556666');
    expect(vendor).toMatchObject({
      kind: 'vendor',
      name: 'Terraform Enterprise',
    });
    expect(vendor.message).toMatch(
      /^444455556666 is already the vendor publisher Terraform Enterprise \(vendor_publisher_accounts\[1\]\); its AMIs are allowed without an exception/,
    );
    expect(isRefusedStanding(ops) && isRefusedStanding(vendor)).toBe(true);
  });

  it('says an active exception is extended, until when', () => {
    const standing = accountRequestStanding(publishers, '777788889999');
    expect(standing).toMatchObject({
      kind: 'active-exception',
      expiresOn: '2027-01-31',
      ticket: 'CLOUD-1234',
    });
    expect(standing.message).toBe(
      '777788889999 already has an exception until 2027-01-31 (CLOUD-1234, 69 days left): this request extends it, so choose a date after 2027-01-31.',
    );
    expect(isRefusedStanding(standing)).toBe(false);
  });

  it('says an expired exception still in the file is renewed', () => {
    const standing = accountRequestStanding(publishers, '222233334444');
    expect(standing.kind).toBe('expired-exception');
    expect(standing.message).toBe(
      '222233334444 had an exception that ended on 2026-10-01 (CLOUD-1301, expired 53 days ago) and is still in the config: this request renews it, counted from today.',
    );
  });

  it('says a request for any other account adds an exception', () => {
    expect(accountRequestStanding(publishers, '999900001111')).toEqual({
      kind: 'new',
      message: '999900001111 has no exception yet: this request adds one.',
    });
    expect(accountRequestStanding([], '999900001111').kind).toBe('new');
  });
});
