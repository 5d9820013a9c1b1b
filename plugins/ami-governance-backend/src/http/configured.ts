import { utcDateOf } from '@ami-governance/backstage-plugin-ami-governance-common';
import { ServiceUnavailableError } from '@backstage/errors';
import { Request } from 'express';
import { GovernanceConfigSource } from '../config/GovernanceConfigSource';
import { configRevisionOf } from './answerInputs';
import { answerKey } from './responseCache';

/**
 * The config a read needs, with the metadata every config-derived answer carries and the cache key
 * of an answer that depends on the config alone (answerKey: route, query, config read, UTC day; no
 * snapshot or collection). 503 when no config was ever read.
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
  const key = answerKey(req, {
    configRevision: configRevisionOf(configSource),
    snapshotGeneration: null,
    collectionGeneration: null,
    day: today,
    collectionErrors: [null, null],
  });
  return { config, text, meta, today, key };
}
