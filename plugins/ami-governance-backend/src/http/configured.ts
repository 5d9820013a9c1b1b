import { utcDateOf } from '@ami-governance/backstage-plugin-ami-governance-common';
import { ServiceUnavailableError } from '@backstage/errors';
import { Request } from 'express';
import { GovernanceConfigSource } from '../config/GovernanceConfigSource';

/**
 * The config a read needs, with the metadata every config-derived answer carries and the cache key
 * of the answer (route, query, config read, error, UTC day). 503 when no config was ever read.
 */
export function readConfigFor(
  configSource: GovernanceConfigSource,
  now: () => Date,
  req: Request,
) {
  const { config, text, source, readAt, configError } = configSource.current();
  const today = utcDateOf(now());
  if (!config) {
    throw new ServiceUnavailableError(
      `No governance config has been read yet from ${source}: ${
        configError?.message ?? 'still loading'
      }`,
    );
  }
  const meta = { source, readAt, today, configError };
  const key = `${req.path}|${JSON.stringify(req.query)}|${readAt}|${
    configError?.occurredAt
  }|${today}`;
  return { config, text, meta, today, key };
}
