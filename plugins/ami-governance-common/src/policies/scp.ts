import { ImageProvider, providerSpelling } from '../lib/accounts';

/** Launch actions that name an AMI; a Deny whose Resource does not apply to one simply never matches. */
const LAUNCH_ACTIONS = [
  'ec2:RunInstances',
  'ec2:CreateFleet',
  'ec2:RequestSpotInstances',
  'ec2:RunScheduledInstances',
] as const;

/** Actions that make a new AMI in the calling account, which Allowed AMIs never restricts. */
export const IMAGE_CREATION_ACTIONS = [
  'ec2:CreateImage',
  'ec2:CopyImage',
  'ec2:RegisterImage',
  'ec2:ImportImage',
] as const;

/** Every partition's AMIs. */
const IMAGE_RESOURCE_ARN = 'arn:*:ec2:*::image/*';

const LAUNCH_GUARD_SID = 'DenyLaunchFromUnapprovedAmiPublishers';
const CREATION_GUARD_SID = 'DenyAmiCreationOutsideBuildAccounts';

/** The settings of the SCP besides its allowlist. @public */
export interface ScpSettings {
  /** Add the creation guard. */
  denyAmiCreation: boolean;
  /** Accounts exempt from the creation guard: the ones that build AMIs. */
  amiBuildAccounts: readonly string[];
}

/**
 * The service control policy: deny launches from AMIs whose owner is not allowlisted and, when asked,
 * deny AMI creation everywhere but the build accounts. It carries no `ec2:Add/group` statement: that
 * key never matches ModifyImageAttribute; the declarative policy blocks public sharing instead.
 */
export function buildScp(
  providers: readonly ImageProvider[],
  settings: ScpSettings,
): object {
  const statements: object[] = [
    {
      Sid: LAUNCH_GUARD_SID,
      Effect: 'Deny',
      Action: [...LAUNCH_ACTIONS],
      Resource: IMAGE_RESOURCE_ARN,
      Condition: {
        StringNotEquals: {
          'ec2:Owner': providers.map(p => providerSpelling(p, 'scp')),
        },
      },
    },
  ];
  if (settings.denyAmiCreation) {
    statements.push({
      Sid: CREATION_GUARD_SID,
      Effect: 'Deny',
      Action: [...IMAGE_CREATION_ACTIONS],
      Resource: '*',
      Condition: {
        StringNotEquals: {
          'aws:PrincipalAccount': [...settings.amiBuildAccounts],
        },
      },
    });
  }
  return { Version: '2012-10-17', Statement: statements };
}
