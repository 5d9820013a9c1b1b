import { ConfigReader } from '@backstage/config';
import {
  exceptionBranchName,
  mergeRequestTitle,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import {
  checkConfigPath,
  distDirFor,
  readExceptionRequestSettings,
} from './settings';

describe('settings', () => {
  it('reads amiGovernance.exceptionRequests with the default config path', () => {
    expect(readExceptionRequestSettings(new ConfigReader({}))).toEqual({
      repoUrl: undefined,
      localRepository: undefined,
      targetBranch: undefined,
      configPath: 'config/ami_publishers.json',
      contact: "the portal's administrators",
    });
    expect(
      readExceptionRequestSettings(
        new ConfigReader({
          amiGovernance: {
            exceptionRequests: {
              repoUrl: 'gitlab.com?owner=o&repo=r',
              targetBranch: 'main',
              configPath: 'gov/config/publishers.json',
            },
          },
        }),
      ),
    ).toEqual({
      repoUrl: 'gitlab.com?owner=o&repo=r',
      localRepository: undefined,
      targetBranch: 'main',
      configPath: 'gov/config/publishers.json',
      contact: "the portal's administrators",
    });
  });

  it.each([
    ['config/ami_publishers.json', 'dist'],
    ['ami_publishers.json', 'dist'],
    ['governance/config/ami_publishers.json', 'governance/dist'],
    ['governance/ami_publishers.json', 'governance/dist'],
  ])('keeps the policies of %s in %s/', (configPath, dist) => {
    expect(checkConfigPath(configPath)).toBe(configPath);
    expect(distDirFor(configPath)).toBe(dist);
  });

  it.each([
    '..',
    './config/ami_publishers.json',
    'config//ami_publishers.json',
    'C:/ami_publishers.json',
    'config/ami publishers.json',
    'config/ami_publishers.json/',
  ])('refuses configPath %s', configPath => {
    expect(() => checkConfigPath(configPath)).toThrow(/configPath/);
  });
});

describe('names', () => {
  it('builds the branch and the title', () => {
    expect(exceptionBranchName('CLOUD-1234', '012345678901')).toBe(
      'exception/CLOUD-1234-012345678901',
    );
    expect(mergeRequestTitle('012345678901', '2027-01-31', 'CLOUD-1234')).toBe(
      'AMI exception: 012345678901 until 2027-01-31 (CLOUD-1234)',
    );
  });

  it.each([
    ['CLOUD 1;rm -rf', 'exception/CLOUD-1-rm--rf-012345678901'],
    ['../../main', 'exception/main-012345678901'],
    ['x/..//y.lock', 'exception/x/y.lock-012345678901'],
    ['a.lock/b', 'exception/a/b-012345678901'],
    ['-$(reboot)', 'exception/reboot--012345678901'],
  ])(
    'sanitises ticket %j even though validation refuses it first',
    (ticket, branch) => {
      const name = exceptionBranchName(ticket, '012345678901');
      expect(name).toBe(branch);
      expect(name).toMatch(/^[A-Za-z0-9._/-]+$/);
      expect(name).not.toMatch(/\.\.|\/\/|\/[.-]|[/.]$|\.lock$/);
    },
  );
});
