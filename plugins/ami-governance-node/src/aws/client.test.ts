/**
 * Which credentials the client gets. No AWS call is made: the providers are lazy and only the static
 * ones from app-config are resolved.
 */
import { ConfigReader } from '@backstage/config';
import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import { createOrganizationsClient } from './client';

jest.mock('@aws-sdk/credential-providers', () => ({
  ...jest.requireActual('@aws-sdk/credential-providers'),
  fromTemporaryCredentials: jest.fn(() => async () => ({
    accessKeyId: 'ASIAROLE',
    secretAccessKey: 'role-secret',
  })),
}));

const assumed = fromTemporaryCredentials as jest.Mock;

beforeEach(() => assumed.mockClear());

describe('createOrganizationsClient', () => {
  it('assumes the role when roleArn is given', async () => {
    const client = await createOrganizationsClient({
      region: 'eu-west-1',
      roleArn: 'arn:aws:iam::000011112222:role/ami-governance-reader',
    });
    expect(assumed).toHaveBeenCalledWith({
      params: {
        RoleArn: 'arn:aws:iam::000011112222:role/ami-governance-reader',
        RoleSessionName: 'backstage-ami-governance',
      },
      clientConfig: { region: 'eu-west-1' },
    });
    expect(typeof client.config.credentials).toBe('function');
    await expect(client.config.credentials()).resolves.toMatchObject({
      accessKeyId: 'ASIAROLE',
    });
    await expect(client.config.region()).resolves.toBe('eu-west-1');
    // The collector's own backoff is the only retry layer.
    await expect(client.config.maxAttempts()).resolves.toBe(1);
  });

  it("uses Backstage's AWS integration for accountId", async () => {
    const config = new ConfigReader({
      aws: {
        accounts: [
          {
            accountId: '000011112222',
            accessKeyId: 'AKIACONFIG',
            secretAccessKey: 'config-secret',
          },
        ],
      },
    });
    const client = await createOrganizationsClient({
      region: 'us-east-1',
      accountId: '000011112222',
      config,
    });
    expect(assumed).not.toHaveBeenCalled();
    await expect(client.config.credentials()).resolves.toMatchObject({
      accessKeyId: 'AKIACONFIG',
      secretAccessKey: 'config-secret',
    });
  });

  it("falls back to the SDK's default chain", async () => {
    const client = await createOrganizationsClient({ region: 'us-east-1' });
    expect(assumed).not.toHaveBeenCalled();
    expect(typeof client.config.credentials).toBe('function');
  });
});
