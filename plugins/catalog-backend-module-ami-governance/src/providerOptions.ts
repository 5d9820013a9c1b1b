import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { ownerRefOf } from './accountEntities';

/** Where the provider's settings live in app-config. */
export const CONFIG_KEY = 'catalog.providers.amiGovernance';

/** The provider's settings, defaults filled in. */
export interface AccountProviderOptions {
  ownerTag: string;
  defaultOwner: string;
  schedule: SchedulerServiceTaskScheduleDefinition;
}

// Cheap to repeat (one cached read of the backend), and soon after start so a new portal shows its
// accounts within seconds of the backend's first snapshot.
const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 5 },
  timeout: { minutes: 2 },
  initialDelay: { seconds: 10 },
};

/** Reads `catalog.providers.amiGovernance`; a default owner that is no entity ref stops the backend, naming the key. */
export function readAccountProviderOptions(
  rootConfig: Config,
): AccountProviderOptions {
  const config = rootConfig.getOptionalConfig(CONFIG_KEY);
  const defaultOwner = config?.getOptionalString('defaultOwner') ?? 'unknown';
  if (!ownerRefOf(defaultOwner))
    throw new InputError(
      `${CONFIG_KEY}.defaultOwner ${JSON.stringify(
        defaultOwner,
      )} is not a group or user: write a name such as platform or a ref such as group:default/platform`,
    );
  const ownerTag = config?.getOptionalString('ownerTag') ?? 'owner';
  if (!ownerTag.trim())
    throw new InputError(
      `${CONFIG_KEY}.ownerTag is empty: write the account tag that names the owner, e.g. owner`,
    );
  const schedule = config?.has('schedule')
    ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
        config.getConfig('schedule'),
      )
    : DEFAULT_SCHEDULE;
  return { ownerTag, defaultOwner, schedule };
}
