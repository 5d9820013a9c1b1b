import { parseExplainQuery } from './explainQuery';

describe('parseExplainQuery', () => {
  it('accepts an AMI id or an owner, with region and date', () => {
    expect(
      parseExplainQuery({
        accountId: '210987654321',
        imageId: 'ami-0abc1234def567890',
        region: 'eu-west-1',
        on: '2026-12-24',
      }),
    ).toEqual({
      ok: true,
      value: {
        accountId: '210987654321',
        imageId: 'ami-0abc1234def567890',
        region: 'eu-west-1',
        on: '2026-12-24',
      },
    });
    expect(
      parseExplainQuery({ accountId: '210987654321', owner: 'amazon' }).ok,
    ).toBe(true);
    expect(
      parseExplainQuery({ accountId: '210987654321', owner: '123456738923' })
        .ok,
    ).toBe(true);
  });

  it.each([
    [{}, 'accountId is required'],
    [
      { accountId: '21098765432', owner: 'amazon' },
      'accountId must be a 12-digit AWS account ID',
    ],
    [{ accountId: '210987654321' }, 'imageId give either imageId'],
    [
      { accountId: '210987654321', owner: 'amazon', imageId: 'ami-12345678' },
      'not both',
    ],
    [
      { accountId: '210987654321', imageId: 'ami-xyz' },
      'imageId must be an AMI ID',
    ],
    [
      { accountId: '210987654321', owner: 'microsoft' },
      'owner must be the AMI owner',
    ],
    [
      { accountId: '210987654321', owner: 'amazon', region: 'Ireland' },
      'region must be an AWS region name',
    ],
    [
      { accountId: '210987654321', owner: 'amazon', on: '2026-02-30' },
      'on must be a date written YYYY-MM-DD',
    ],
  ])('refuses %j naming the parameter', (input, message) => {
    const parsed = parseExplainQuery(input);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toContain(message);
  });
});
