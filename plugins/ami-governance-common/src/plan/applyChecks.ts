import type { IsoDate } from '../dates';
import { documentRefusals } from './documentRails';
import type { PlanNote, PolicyPlan } from './planSchema';

/** @public */
export interface ApplyCheckOptions {
  /** The UTC date of the apply. */
  today: IsoDate;
  /** SHA-256 of the config as it is now, when `--config` is given to `apply --plan`. */
  configSha256?: string;
  /** `--accept-blocking N` given to apply (it adds to what the plan was made with). */
  acceptBlocking?: number;
}

/**
 * Why a plan read from a file may not be applied, before AWS is asked anything: a refusal it already
 * carries (a readiness refusal lifts with `--accept-blocking` at least as high as the count), a config
 * that changed since, an exception in its allowlist that has lapsed since, or documents that do not
 * pass the same checks as when it was made (a plan file edited by hand).
 * @public
 */
export function applyRefusals(
  plan: PolicyPlan,
  options: ApplyCheckOptions,
): PlanNote[] {
  const blocked = plan.readiness
    ? plan.readiness.instances + plan.readiness.launchTemplates
    : 0;
  const accepted = Math.max(
    options.acceptBlocking ?? -1,
    plan.acceptedBlocking ?? -1,
  );
  const refusals = plan.refusals.filter(
    r => !(r.code === 'would-block-launches' && accepted >= blocked),
  );
  if (options.configSha256 && options.configSha256 !== plan.config.sha256)
    refusals.push({
      code: 'config-changed',
      message:
        'The config is not the one this plan was made from (its SHA-256 differs). Plan again from the config as it is now.',
    });
  const through = plan.config.validThrough;
  if (through && options.today > through)
    refusals.push({
      code: 'plan-expired',
      message: `An exception in this plan's allowlist lapsed after ${through}, and the plan was made ${plan.today}: applying it would allow a publisher whose exception has ended. Plan again.`,
    });
  const contents = {
    declarativePolicy: plan.policies.declarativePolicy.content,
    scp: plan.policies.scp.content,
  };
  return [...refusals, ...documentRefusals(contents, plan.config, plan.limits)];
}

/** The refusal when AWS no longer holds what the plan was made against. @public */
export function deployedChangedRefusal(
  plan: PolicyPlan,
  deployedSha256: string,
): PlanNote[] {
  if (deployedSha256 === plan.deployedSha256) return [];
  return [
    {
      code: 'deployed-changed',
      message: `The deployed policies changed since this plan was made at ${plan.createdAt} (someone edited, attached or detached them, or another apply ran). Nothing was changed. Plan again and review the new plan.`,
    },
  ];
}
