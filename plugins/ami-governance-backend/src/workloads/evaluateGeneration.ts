import {
  GovernanceConfig,
  utcDateOf,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { Clock } from '../lib/clock';
import type { EvaluateGeneration } from '../organization/LatestData';
import { readinessAnswer } from './readinessAnswer';

/** The page /readiness answers when asked for none (the route's default limit). */
const FIRST_PAGE = { offset: 0, limit: 50 };

/**
 * What a new generation's readers ask first, worked out before the generation is served: the facts its
 * answers share, what the config blocks today (the readiness evaluation, the counts every page and
 * account view read), the readiness overview, and what uses each publisher's AMIs (/usage). A
 * PostgreSQL store of 200,000 instances takes a second or more for this; readers meanwhile get the
 * previous evaluated generation (LatestData).
 */
export function evaluateForReaders(deps: {
  /** The governance config now; undefined before one was read. */
  config: () => GovernanceConfig | undefined;
  clock: Clock;
}): EvaluateGeneration {
  return async (reads, generation) => {
    const config = deps.config();
    if (!config) return;
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
  };
}
