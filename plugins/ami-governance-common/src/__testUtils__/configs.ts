// Raw governance configs for tests and benchmarks of the packages built on this one.
import { exception } from '../__fixtures__/configs';

/** An exception entry of type migration, approved on `approvalDate`, without optional fields. @public */
export function migrationException<Extra extends object = object>(
  accountId: string,
  expiresOn: string,
  approvalDate: string,
  extra = {} as Extra,
) {
  const { requested_by, approved_by, notes, ...required } = exception(
    accountId,
    expiresOn,
    { approval_date: approvalDate },
  );
  return { ...required, ...extra };
}

/** The smallest config that passes validation: the ops publisher, InfoBlox and `exceptions`. @public */
export function smallRawConfig<
  Exception extends object = Record<string, unknown>,
  PolicyConfig extends object = object,
>(exceptions: Exception[] = [], policyConfig = {} as PolicyConfig) {
  return {
    ops_publisher_account: {
      account_id: '123456738923',
      description: 'Ops golden AMI publisher',
    },
    vendor_publisher_accounts: [
      { account_id: '111122223333', vendor_name: 'InfoBlox' },
    ],
    exception_accounts: exceptions,
    policy_config: { enforcement_mode: 'audit_mode', ...policyConfig },
  };
}
