/** An AWS region name such as `us-east-1`, `eu-central-2`, `us-gov-west-1`. @public */
export const AWS_REGION_PATTERN = /^[a-z]{2}(-[a-z]+)+-\d+$/;

/** @public */
export const isAwsRegion = (value: string) => AWS_REGION_PATTERN.test(value);

/**
 * An IAM role name, optionally after its path (`AmiGovernanceReadOnly`, `governance/AmiGovernanceReadOnly`):
 * IAM's characters, at most 64 in the name. Checked before it is put into a role ARN sent to STS.
 * @public
 */
export const IAM_ROLE_NAME_PATTERN = /^([\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;

/** @public */
export const isIamRoleName = (value: string) =>
  IAM_ROLE_NAME_PATTERN.test(value);
