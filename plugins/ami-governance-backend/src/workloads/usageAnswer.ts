import {
  addDays,
  GovernanceConfig,
  isAccountId,
  IsoDate,
  lapsingExceptions,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { generationInfo } from './answerParts';
import { impactEvaluation } from './impactAnswer';
import { WorkloadReads } from './WorkloadReads';
import { WorkloadGeneration } from './WorkloadStore';

/** The last day each exception in force today holds for, by account. */
function lastDays(config: GovernanceConfig, today: IsoDate) {
  const last = new Map<string, IsoDate>();
  for (const e of config.exception_accounts) {
    const seen = last.get(e.account_id);
    if (e.expires_on >= today && (!seen || e.expires_on > seen))
      last.set(e.account_id, e.expires_on);
  }
  return last;
}

/**
 * For each provider asked (as the config writes it): how many instances and launch templates of other
 * accounts use its AMIs, in how many accounts; for an exception in force, what of that is blocked
 * the day after it expires (nothing when another entry keeps the provider allowed).
 */
export async function usageAnswer(
  reads: WorkloadReads,
  generation: WorkloadGeneration,
  config: GovernanceConfig,
  today: IsoDate,
  now: Date,
  providers: string[],
) {
  const { id } = generation;
  const facts = await reads.generationFacts(id);
  const usage = await reads.usage(id);
  const ownersOf = (provider: string) =>
    isAccountId(provider)
      ? [provider]
      : facts.owners.filter(o => o.ownerAlias === provider).map(o => o.ownerId);
  const last = lastDays(config, today);
  const items = [];
  for (const provider of providers) {
    const owners = ownersOf(provider);
    const { blocked, accounts } = usage.summary({ owners });
    const lastDay = last.get(provider);
    let atExpiry;
    if (lastDay) {
      const on = addDays(lastDay, 1);
      const lapses = lapsingExceptions(config, today, on).some(
        e => e.provider === provider,
      );
      const lapsed = lapses
        ? (
            await impactEvaluation(reads, id, config, today, now, { on })
          ).evaluation.summary({ owners })
        : { blocked: { instances: 0, launchTemplates: 0 }, accounts: 0 };
      atExpiry = { on, ...lapsed.blocked, accounts: lapsed.accounts };
    }
    items.push({
      provider,
      ...blocked,
      accounts,
      ...(atExpiry && { atExpiry }),
    });
  }
  return {
    available: true,
    collectedAt: generation.collectedAt,
    generation: generationInfo(generation),
    items,
  };
}
