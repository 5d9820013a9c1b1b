import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import scaffolderModuleAmiGovernance from '.';

describe('scaffolderModuleAmiGovernance', () => {
  it('adds the exception request action to the scaffolder', async () => {
    const addActions = jest.fn();
    await startTestBackend({
      extensionPoints: [[scaffolderActionsExtensionPoint, { addActions }]],
      features: [
        scaffolderModuleAmiGovernance,
        mockServices.rootConfig.factory({
          data: {
            amiGovernance: {
              exceptionRequests: {
                repoUrl: 'gitlab.com?owner=example-org&repo=aws-governance',
              },
            },
          },
        }),
      ],
    });
    expect(addActions).toHaveBeenCalledTimes(1);
    const [action] = addActions.mock.calls[0];
    expect(action.id).toBe('ami-governance:exception:request');
    expect(action.supportsDryRun).toBe(true);
    expect(action.examples.length).toBeGreaterThan(0);
  });
});
