import { DescribeEffectivePolicyCommand } from '@aws-sdk/client-organizations';
import { SnapshotAccount } from '@ami-governance/backstage-plugin-ami-governance-common';
import { collectionError, CollectContext } from './context';
import { errorCode } from '../aws/retry';

/** What the snapshot records for an account that no declarative policy applies to. @public */
export const NO_EFFECTIVE_POLICY =
  'no declarative policy applies to this account';

export type EffectivePolicyResult = Pick<
  SnapshotAccount,
  'effectiveDeclarativePolicy' | 'effectivePolicyError'
>;

/**
 * The EC2 declarative policy AWS computes for one account (DescribeEffectivePolicy accepts accounts
 * only). No policy in the account's ancestry is a state, not a failure; any other failure is recorded
 * under `account:<id>` as well as on the account.
 */
export async function readEffectivePolicy(
  ctx: CollectContext,
  accountId: string,
): Promise<EffectivePolicyResult> {
  try {
    const { EffectivePolicy } = await ctx.limit('DescribeEffectivePolicy', () =>
      ctx.retrier.run('DescribeEffectivePolicy', () =>
        ctx.client.send(
          new DescribeEffectivePolicyCommand({
            PolicyType: 'DECLARATIVE_POLICY_EC2',
            TargetId: accountId,
          }),
        ),
      ),
    );
    if (EffectivePolicy?.PolicyContent !== undefined)
      return { effectiveDeclarativePolicy: EffectivePolicy.PolicyContent };
    throw new Error('DescribeEffectivePolicy returned no policy content');
  } catch (e) {
    if (errorCode(e) === 'EffectivePolicyNotFoundException')
      return { effectivePolicyError: NO_EFFECTIVE_POLICY };
    const error = collectionError(`account:${accountId}`, e);
    ctx.errors.push(error);
    return { effectivePolicyError: error.message };
  }
}
