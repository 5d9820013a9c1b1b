import { LoggerService } from '@backstage/backend-plugin-api';
import { stringifyError } from '@backstage/errors';
import {
  GovernanceConfig,
  utcDateOf,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { Clock } from '../lib/clock';
import { readinessAnswer } from './readinessAnswer';
import type { WarmGeneration, WorkloadReads } from './WorkloadReads';

/** The page /readiness answers when asked for none (the route's default limit). */
const FIRST_PAGE = { offset: 0, limit: 50 };

/**
 * What a new generation's readers ask first, worked out before they ask: the facts its answers share,
 * what the config blocks today (the readiness evaluation, the counts every page and account view read)
 * and the readiness overview, and what uses each publisher's AMIs (/usage). A PostgreSQL store of
 * 200,000 instances takes a second or more for this, longer than readers should wait. Failures are
 * logged: readers then work it out themselves.
 */
export function generationWarmer(deps: {
  reads: WorkloadReads;
  /** The governance config now; undefined before one was read. */
  config: () => GovernanceConfig | undefined;
  clock: Clock;
  logger: LoggerService;
}): WarmGeneration {
  const { reads, logger } = deps;
  return async generation => {
    const config = deps.config();
    if (!config) return;
    const started = performance.now();
    try {
      const now = deps.clock();
      // The organization snapshot and the generation's facts are independent: read them together.
      const [organization] = await Promise.all([
        reads.latestOrganization(now),
        reads.generationFacts(generation.id),
      ]);
      await readinessAnswer(
        reads,
        generation,
        organization,
        config,
        utcDateOf(now),
        now,
        FIRST_PAGE,
      );
      await reads.usage(generation.id);
      logger.info(
        `AMI governance: workload collection ${
          generation.id
        } evaluated for readers in ${Math.round(
          performance.now() - started,
        )} ms`,
      );
    } catch (e) {
      logger.warn(
        `AMI governance: could not evaluate workload collection ${
          generation.id
        } ahead of readers (they will on their first request): ${stringifyError(
          e,
        )}`,
      );
    }
  };
}
