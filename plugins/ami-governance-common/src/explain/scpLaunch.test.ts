import { ec2OwnerOf, evaluateScpLaunch } from './scpLaunch';

const image = { ownerId: '210987654321', name: 'built-here' };

describe('evaluateScpLaunch', () => {
  it('denies an image whose ec2:Owner is not listed, self-owned included (no exemption, unlike Allowed AMIs)', () => {
    expect(evaluateScpLaunch(image, ['123456738923'], true)).toEqual({
      denied: true,
      why: 'owner-not-listed',
      owner: '210987654321',
    });
  });

  it('lets listed owners through, and never governs an account it does not reach', () => {
    expect(evaluateScpLaunch(image, ['210987654321'], true).denied).toBe(false);
    expect(evaluateScpLaunch(image, ['123456738923'], false)).toEqual({
      denied: false,
      why: 'not-governed',
    });
    expect(evaluateScpLaunch(image, undefined, true).why).toBe(
      'no-launch-guard',
    );
  });

  it('uses the alias as ec2:Owner for Amazon and Marketplace images', () => {
    expect(ec2OwnerOf({ ownerId: '137112412989', ownerAlias: 'amazon' })).toBe(
      'amazon',
    );
    expect(
      ec2OwnerOf({ ownerId: '679593333241', ownerAlias: 'aws-marketplace' }),
    ).toBe('aws-marketplace');
    // DescribeInstanceImageMetadata echoes the owner ID as the alias when there is none.
    expect(
      ec2OwnerOf({ ownerId: '111122223333', ownerAlias: '111122223333' }),
    ).toBe('111122223333');
    expect(
      evaluateScpLaunch(
        { ownerId: '137112412989', ownerAlias: 'amazon' },
        ['amazon'],
        true,
      ).denied,
    ).toBe(false);
  });
});
