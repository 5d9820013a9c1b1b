import { ConfigReader } from '@backstage/config';
import { readAccountProviderOptions } from './providerOptions';

const read = (amiGovernance?: object) =>
  readAccountProviderOptions(
    new ConfigReader(
      amiGovernance ? { catalog: { providers: { amiGovernance } } } : {},
    ),
  );

describe('readAccountProviderOptions', () => {
  it('has defaults for everything', () => {
    expect(read()).toEqual({
      ownerTag: 'owner',
      defaultOwner: 'unknown',
      schedule: {
        frequency: { minutes: 5 },
        timeout: { minutes: 2 },
        initialDelay: { seconds: 10 },
      },
    });
  });

  it('reads the tag, the default owner and the schedule', () => {
    expect(
      read({
        ownerTag: 'team',
        defaultOwner: 'group:default/platform',
        schedule: { frequency: { hours: 1 }, timeout: { minutes: 5 } },
      }),
    ).toEqual({
      ownerTag: 'team',
      defaultOwner: 'group:default/platform',
      schedule: { frequency: { hours: 1 }, timeout: { minutes: 5 } },
    });
  });

  it('refuses an empty owner tag, naming the key', () => {
    expect(() => read({ ownerTag: ' ' })).toThrow(
      'catalog.providers.amiGovernance.ownerTag is empty',
    );
  });
});
