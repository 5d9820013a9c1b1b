import { isAwsRegion, isIamRoleName } from './awsNames';

describe('AWS names', () => {
  it.each(['us-east-1', 'eu-central-2', 'us-gov-west-1', 'ap-southeast-5'])(
    '%s is a region',
    r => expect(isAwsRegion(r)).toBe(true),
  );
  it.each(['Ireland', 'us-east', 'US-EAST-1', 'us-east-1 ', ''])(
    '%j is not a region',
    r => expect(isAwsRegion(r)).toBe(false),
  );
  it.each([
    'AmiGovernanceReadOnly',
    'governance/AmiGovernanceReadOnly',
    'a+b=c,d.e@f-g_h',
  ])('%s is a role name', n => expect(isIamRoleName(n)).toBe(true));
  it.each([
    '',
    'has space',
    'arn:aws:iam::123456789012:role/X',
    'x'.repeat(65),
    '/leading',
  ])('%j is not a role name', n => expect(isIamRoleName(n)).toBe(false));
});
