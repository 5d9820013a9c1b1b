import {
  OrganizationsClient,
  OrganizationsClientConfig,
} from '@aws-sdk/client-organizations';
import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import { Config } from '@backstage/config';
import { DefaultAwsCredentialsManager } from '@backstage/integration-aws-node';

/** Where the collector's AWS credentials come from. @public */
export interface OrganizationsClientOptions {
  region: string;
  /** Assume this role (in the management or delegated administrator account). */
  roleArn?: string;
  /** Else: the credentials `aws.accounts` in app-config gives this account. */
  accountId?: string;
  /** The root app-config, read for `aws.*` when `accountId` is given. */
  config?: Config;
}

const ROLE_SESSION_NAME = 'backstage-ami-governance';

/**
 * The client the collector calls. Credentials: the role when `roleArn` is set, else Backstage's AWS
 * integration for `accountId`, else the SDK's default chain (environment, profile, instance role).
 * @public
 */
export async function createOrganizationsClient(
  options: OrganizationsClientOptions,
): Promise<OrganizationsClient> {
  const { region, roleArn, accountId, config } = options;
  let credentials: OrganizationsClientConfig['credentials'];
  if (roleArn) {
    credentials = fromTemporaryCredentials({
      params: { RoleArn: roleArn, RoleSessionName: ROLE_SESSION_NAME },
      clientConfig: { region },
    });
  } else if (accountId && config) {
    const provider = await DefaultAwsCredentialsManager.fromConfig(
      config,
    ).getCredentialProvider({ accountId });
    credentials = provider.sdkCredentialProvider;
  }
  // One retry layer only: the collector's own backoff (retry.ts) counts throttles and honours
  // `retry.maxAttempts`; the SDK's default three attempts under it would multiply the attempts.
  return new OrganizationsClient({ region, credentials, maxAttempts: 1 });
}
